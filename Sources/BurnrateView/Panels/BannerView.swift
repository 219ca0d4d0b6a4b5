/// The banner across the top of the panels (see `Banner`): a heavy box with the symbol and the
/// title in bold, then as many of the lines as fit, each shortened to the width. Errors are in
/// the alert role and warnings in the watch role; the symbol and the bold title tell them
/// apart without colour.
struct BannerView: Widget {
    let banner: Banner
    let glyphs: Glyphs

    /// The banner leaves at least half of the panels in view.
    static func height(of banner: Banner, in area: Rect) -> Int {
        min(3 + banner.lines.count, max(3, area.height / 2))
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds).splitTop(Self.height(of: banner, in: area)).top
        guard !area.isEmpty else { return }
        canvas.fill(area)
        let role: Role = banner.kind == .error ? .alert : .watch
        let symbol = banner.kind == .error ? glyphs.alertSymbol : glyphs.watchSymbol
        let text = area.height >= 3 && area.width >= 4 ? area.inset(horizontal: 2, vertical: 1) : area
        if text != area {
            canvas.render(Block(isFocused: true, glyphs: glyphs), in: area)
            canvas.restyle(area) { _ in Style(role, [.bold]) }
            canvas.fill(area.inset(by: 1))
        }
        put("\(symbol) \(banner.title)", in: text.splitTop(1).top, style: Style(role, [.bold]), on: &canvas)
        let rows = text.splitTop(1).rest
        let shown = banner.lines.count <= rows.height ? banner.lines.count : max(0, rows.height - 1)
        for (row, line) in banner.lines.prefix(shown).enumerated() {
            put("  " + line, in: Rect(x: rows.x, y: rows.y + row, width: rows.width, height: 1), style: Style(.text), on: &canvas)
        }
        if shown < banner.lines.count, rows.height > 0 {
            put("  \(glyphs.ellipsis) \(banner.lines.count - shown) more", in: Rect(x: rows.x, y: rows.y + shown, width: rows.width, height: 1),
                style: Style(.muted), on: &canvas)
        }
    }

    private func put(_ line: String, in row: Rect, style: Style, on canvas: inout Canvas) {
        canvas.put(Truncation.fit(line, in: row.width, ellipsis: glyphs.ellipsis), x: row.x, y: row.y, style: style, clip: row)
    }
}

extension DashboardLayout {
    /// Between the header and the footer: where the panels go, and the banner over them.
    var body: Rect {
        Rect(x: 0, y: header.maxY, width: header.width, height: footer.y - header.maxY)
    }
}
