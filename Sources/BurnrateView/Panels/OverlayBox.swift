/// A bordered box over the panels, centred, for explain and help.
struct OverlayBox: Widget {
    let title: String
    let hint: String
    /// The keys that scroll it, named while it has more than it shows: "pgdn pgup".
    let scrollKeys: String
    let paragraph: Paragraph
    let glyphs: Glyphs
    /// Lines scrolled past; kept within the text.
    let scroll: Int

    func render(in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 4, 100)
        let textWidth = max(1, width - 4)
        let lines = paragraph.lineCount(width: textWidth)
        let height = min(area.height - 2, lines + 2)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        let shown = height - 2
        let first = min(max(0, scroll), max(0, lines - shown))
        canvas.fill(box)
        let block = Block(title: title, rightTitle: (lines > shown && !scrollKeys.isEmpty ? scrollKeys + " · " : "") + hint, isFocused: true, glyphs: glyphs)
        canvas.render(block, in: box)
        var scrolled = paragraph
        scrolled.scroll = first
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        canvas.render(scrolled, in: inner)
        ScrollMarks(above: first, below: max(0, lines - first - shown)).draw(below: inner, glyphs: glyphs, on: &canvas)
    }
}
