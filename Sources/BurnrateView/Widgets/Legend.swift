/// Names for the series of a chart or bar, left to right, wrapping to the next line where an
/// item does not fit; each item whole or not at all, never cut mid-word.
struct Legend: Widget {
    let items: [StyledText]
    static let gap = 2

    /// The columns all items take on one line.
    var width: Int {
        items.reduce(0) { $0 + TextWidth.of($1.text) } + Self.gap * max(0, items.count - 1)
    }

    /// The lines the items wrap to in `width` columns.
    func lineCount(width: Int) -> Int {
        placed(width: width).map(\.line).max().map { $0 + 1 } ?? 0
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        for (item, line, x) in placed(width: area.width) where line < area.height {
            canvas.put(item.text, x: area.x + x, y: area.y + line, style: item.style, clip: area)
        }
    }

    /// Each item that fits with its line and column; an item wider than a line is left out.
    private func placed(width: Int) -> [(item: StyledText, line: Int, x: Int)] {
        var line = 0, x = 0
        var placed: [(item: StyledText, line: Int, x: Int)] = []
        for item in items where TextWidth.of(item.text) <= width {
            if x > 0, x + TextWidth.of(item.text) > width {
                line += 1
                x = 0
            }
            placed.append((item, line, x))
            x += TextWidth.of(item.text) + Self.gap
        }
        return placed
    }
}
