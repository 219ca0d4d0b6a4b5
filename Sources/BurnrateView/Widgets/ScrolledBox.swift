/// A view drawn in place of the panels, in a focused box, with content taller than the box
/// scrolled by rows: the compare view and the league table.
struct ScrolledBox: Widget {
    var title: String
    /// Rows of content scrolled off the top.
    var scroll: Int
    var contentHeight: Int
    var glyphs: Glyphs
    /// Draws the content on a canvas as wide as the box's inside and `contentHeight` tall.
    var draw: @Sendable (inout Canvas) -> Void

    /// The box's inside, a column in from each side.
    static func inner(_ area: Rect) -> Rect {
        Block().inner(area).inset(horizontal: 1, vertical: 0)
    }

    /// How far content `contentHeight` rows tall scrolls in `area`.
    static func scrollLimit(contentHeight: Int, in area: Rect) -> Int {
        max(0, contentHeight - inner(area).height)
    }

    /// Where a scroll key takes content scrolled by `scroll` rows in `area`, within `0...limit`;
    /// nil for an action that does not scroll. A page keeps one row of the last in view.
    static func scrolled(_ action: KeyAction?, from scroll: Int, limit: Int, in area: Rect) -> Int? {
        let page = max(1, inner(area).height - 1)
        let wanted: Int
        switch action {
        case .previousRow?: wanted = scroll - 1
        case .nextRow?: wanted = scroll + 1
        case .pageUp?: wanted = scroll - page
        case .pageDown?: wanted = scroll + page
        case .firstRow?: wanted = 0
        case .lastRow?: wanted = limit
        default: return nil
        }
        return min(max(0, wanted), limit)
    }

    /// The box's right title: which rows are in view, when not all are.
    static func position(scroll: Int, visible: Int, of total: Int) -> String {
        total > visible ? "rows \(scroll + 1)–\(scroll + visible) of \(total) ↑↓" : ""
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        canvas.fill(area)
        let inner = Self.inner(area)
        let block = Block(title: title, rightTitle: Self.position(scroll: scroll, visible: inner.height, of: contentHeight),
                          isFocused: true, glyphs: glyphs)
        canvas.render(block, in: area)
        guard !inner.isEmpty else { return }
        var content = Canvas(width: inner.width, height: contentHeight)
        content.isASCIIOnly = canvas.isASCIIOnly
        draw(&content)
        for row in 0..<max(0, min(inner.height, content.height - scroll)) {
            for column in 0..<inner.width {
                canvas[inner.x + column, inner.y + row] = content[column, scroll + row]
            }
        }
    }
}
