/// Draws a panel's border and titles and returns the area inside it.
enum PanelFrame {
    static func draw(_ panel: PanelID, rightTitle: String, filter: String? = nil, isFocused: Bool, in area: Rect,
                     glyphs: Glyphs, on canvas: inout Canvas) -> Rect {
        let block = Block(title: "\(panel.rawValue + 1) \(panel.title)" + (filter.map { "  /\($0)" } ?? ""), rightTitle: rightTitle,
                          isFocused: isFocused, glyphs: glyphs)
        canvas.render(block, in: area)
        return block.inner(area).inset(horizontal: 1, vertical: 0)
    }

    /// A section heading inside a panel, e.g. "Cap table before → after the round".
    static func heading(_ text: String, in area: Rect, on canvas: inout Canvas) {
        canvas.put(text, x: area.x, y: area.y, style: Style(.title, [.bold]), clip: area)
    }
}
