/// How many rows of a panel's list are out of view above and below it: "↑ +2" and "+4 ↓" on
/// the panel's bottom border, so a small terminal says what it cannot show.
struct ScrollMarks: Equatable {
    var above = 0
    var below = 0

    /// E.g. "↑ +2  +4 ↓" ("^ +2  +4 v" in ASCII), or nil when every row is in view.
    func text(glyphs: Glyphs) -> String? {
        let marks = [above > 0 ? "\(glyphs.scrollUp) +\(above)" : nil, below > 0 ? "+\(below) \(glyphs.scrollDown)" : nil]
        let shown = marks.compactMap { $0 }
        return shown.isEmpty ? nil : shown.joined(separator: "  ")
    }

    /// Draws the marks on the bottom border just below `inner` (a panel's area inside its frame),
    /// at its right end.
    func draw(below inner: Rect, glyphs: Glyphs, on canvas: inout Canvas) {
        guard let text = text(glyphs: glyphs) else { return }
        let border = Rect(x: inner.x, y: inner.maxY, width: inner.width, height: 1)
        let shown = " \(text) "
        canvas.put(shown, x: max(border.x, border.maxX - TextWidth.of(shown)), y: border.y, style: Style(.accent, [.bold]), clip: border)
    }
}
