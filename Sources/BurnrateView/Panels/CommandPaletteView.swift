/// The command palette over the panels, centred near the top like VS Code's: the query with a
/// cursor, then the matching actions, best first, with the letters that matched highlighted.
struct CommandPaletteView: Widget {
    let palette: CommandPalette
    let entries: [CommandPalette.Entry]
    /// How many actions there are in all, for the "n of total" count.
    let total: Int
    let glyphs: Glyphs
    /// The key that runs the query, named under a `set` query.
    let confirmKey: String

    static let maximumWidth = 80
    static let maximumListRows = 14

    init(_ palette: CommandPalette, in state: AppState) {
        self.palette = palette
        entries = CommandPalette.entries(for: palette.query, in: state)
        total = AppAction.catalogue(for: state).count
        glyphs = state.glyphs
        confirmKey = state.keymap[.palette].keys(.confirm).first.map(KeyName.label(of:)) ?? "confirm"
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 4, Self.maximumWidth, max(40, area.width * 3 / 5))
        // A blank row above the box, its two borders, the query and the rule under it.
        let wanted = setLine.map { $0.lineCount(width: width - 6) } ?? entries.count
        let listRows = min(max(1, wanted), Self.maximumListRows, area.height - 5)
        guard width >= 20, listRows >= 1 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + 1, width: width, height: listRows + 4)
        canvas.fill(box)
        let block = Block(title: "Commands", rightTitle: "\(entries.count) of \(total)", isFocused: true, glyphs: glyphs)
        canvas.render(block, in: box)
        let inner = block.inner(box)
        let (queryRow, below) = inner.splitTop(1)
        let (rule, list) = below.splitTop(1)
        drawQuery(in: queryRow.inset(horizontal: 1, vertical: 0), on: &canvas)
        canvas.put(String(repeating: glyphs.border.horizontal, count: rule.width), x: rule.x, y: rule.y, style: Style(.border), clip: rule)
        drawEntries(in: list, on: &canvas)
    }

    /// The prompt, the end of the query that fits, the cursor, and a hint while nothing is typed.
    private func drawQuery(in area: Rect, on canvas: inout Canvas) {
        var x = canvas.put(": ", x: area.x, y: area.y, style: Style(.accent, [.bold]), clip: area)
        var shown = Substring(palette.query)
        while !shown.isEmpty, TextWidth.of(shown) > area.maxX - x - 1 { shown.removeFirst() }
        x = canvas.put(shown, x: x, y: area.y, clip: area)
        x = canvas.put(String(glyphs.textCursor), x: x, y: area.y, style: Style(.accent, [.bold]), clip: area)
        if palette.query.isEmpty {
            canvas.put(" type to find an action, panel, preset or theme", x: x, y: area.y, style: Style(.muted, [.italic]), clip: area)
        }
    }

    /// Under a `set` query: what confirm does, or why the last `set` did not apply.
    private var setLine: Paragraph? {
        guard palette.setting != nil else { return nil }
        return Paragraph(palette.error ?? "\(confirmKey) sets the what-if, as --set does: PATH=VALUE",
                         style: Style(palette.error == nil ? .muted : .alert, [.italic]))
    }

    private func drawEntries(in area: Rect, on canvas: inout Canvas) {
        if let setLine {
            setLine.render(in: area.inset(horizontal: 2, vertical: 0), on: &canvas)
            return
        }
        guard let selected = palette.selection(among: entries.count) else {
            canvas.put("no action matches", x: area.x + 2, y: area.y, style: Style(.muted, [.italic]), clip: area)
            return
        }
        let first = Table.scrollOffset(selected: selected, offset: 0, visibleRows: area.height, rowCount: entries.count)
        ScrollMarks(above: first, below: max(0, entries.count - first - area.height))
            .draw(below: area.inset(horizontal: 1, vertical: 0), glyphs: glyphs, on: &canvas)
        for (line, index) in (first..<min(entries.count, first + area.height)).enumerated() {
            let row = Rect(x: area.x, y: area.y + line, width: area.width, height: 1)
            let text = row.inset(horizontal: 2, vertical: 0)
            let title = Truncation.fit(entries[index].title, in: text.width, ellipsis: glyphs.ellipsis)
            let matched = Set(entries[index].match.positions)
            let uncut = title == entries[index].title ? title.count : title.count - glyphs.ellipsis.count
            var x = text.x
            for (offset, character) in title.enumerated() {
                let style = matched.contains(offset) && offset < uncut ? Style(.accent, [.bold]) : Style(.text)
                x = canvas.put(String(character), x: x, y: row.y, style: style, clip: text)
            }
            if index == selected {
                canvas.restyle(row) { $0.on(.selection) }
            }
        }
    }
}
