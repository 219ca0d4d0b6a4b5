/// Text wrapped to its area with each line centred, for captions and the lines under a big figure.
struct CenteredText: Widget {
    let text: String
    let style: Style

    func lineCount(width: Int) -> Int {
        text.isEmpty ? 0 : Paragraph(text, style: style).lineCount(width: width)
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty, !text.isEmpty else { return }
        let shown = canvas.isASCIIOnly ? ASCIIText.fold(text) : text
        for (row, line) in Paragraph(shown, style: style).wrapped(width: area.width).prefix(area.height).enumerated() {
            let width = line.reduce(0) { $0 + TextWidth.of($1.character) }
            canvas.put(String(line.map(\.character)), x: HorizontalAlignment.center.start(of: width, in: area), y: area.y + row,
                       style: style, clip: area)
        }
    }
}
