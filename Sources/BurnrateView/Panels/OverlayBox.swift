/// A bordered box over the panels, centred, for explain and help.
struct OverlayBox: Widget {
    let title: String
    let hint: String
    let paragraph: Paragraph
    let glyphs: Glyphs

    func render(in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width - 4, 100)
        let textWidth = max(1, width - 4)
        let height = min(area.height - 2, paragraph.lineCount(width: textWidth) + 2)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + (area.height - height) / 2, width: width, height: height)
        canvas.fill(box)
        let block = Block(title: title, rightTitle: hint, isFocused: true, glyphs: glyphs)
        canvas.render(block, in: box)
        canvas.render(paragraph, in: block.inner(box).inset(horizontal: 1, vertical: 0))
    }
}
