/// The banner across the top of the panels (see `Banner`), drawn like a panel frame in heavy
/// lines: the symbol and the title on the top edge, then as many of the lines as fit inside,
/// each shortened to the width. Without lines it is that top edge alone. Errors are in the
/// alert role and warnings in the watch role, all bold; the symbol tells them apart without
/// colour. It covers as few rows as it can, so the figures under it stay in view.
struct BannerView: Widget {
    let banner: Banner
    let glyphs: Glyphs

    /// Rows taken from the top of `area`: the lines and the box's two edges, leaving at least
    /// half of the panels in view.
    static func height(of banner: Banner, in area: Rect) -> Int {
        banner.lines.isEmpty ? 1 : min(2 + banner.lines.count, max(3, area.height / 2))
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds).splitTop(Self.height(of: banner, in: area)).top
        guard !area.isEmpty else { return }
        let style = Style(banner.kind == .error ? .alert : .watch, [.bold])
        let title = "\(banner.kind == .error ? glyphs.alertSymbol : glyphs.watchSymbol) \(banner.title)"
        guard area.height >= 3 else {
            canvas.put(String(repeating: glyphs.focusedBorder.horizontal, count: area.width), x: area.x, y: area.y, style: style, clip: area)
            let shown = Truncation.fit(title, in: area.width - 6, ellipsis: glyphs.ellipsis)
            canvas.put(" \(shown) ", x: area.x + 2, y: area.y, style: style, clip: area)
            return
        }
        canvas.render(Block(title: title, isFocused: true, glyphs: glyphs), in: area)
        canvas.restyle(area) { _ in style }
        let inside = area.inset(horizontal: 2, vertical: 1)
        canvas.fill(area.inset(by: 1))
        let shown = banner.lines.count <= inside.height ? banner.lines.count : inside.height - 1
        for (row, line) in banner.lines.prefix(shown).enumerated() {
            put(line, in: inside.splitTop(row + 1).top.splitBottom(1).bottom, style: Style(.text), on: &canvas)
        }
        if shown < banner.lines.count {
            put("\(glyphs.ellipsis) \(banner.lines.count - shown) more", in: inside.splitBottom(1).bottom, style: Style(.muted), on: &canvas)
        }
    }

    private func put(_ line: String, in row: Rect, style: Style, on canvas: inout Canvas) {
        canvas.put(Truncation.fit(line, in: row.width, ellipsis: glyphs.ellipsis), x: row.x, y: row.y, style: style, clip: row)
    }
}

extension DashboardLayout {
    /// From the top of the panels (below the tabs, when there are tabs) to the footer: where
    /// the banner goes.
    var panelArea: Rect {
        let top = panels.values.map(\.y).min() ?? header.maxY
        return Rect(x: 0, y: top, width: header.width, height: footer.y - top)
    }
}
