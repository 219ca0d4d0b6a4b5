/// A text slide: its lines as paragraphs in a column narrow enough to read from afar, a blank
/// row between them, bullets for lines starting "- ", the whole block centred; the caption
/// under it.
struct TextSlide: Widget {
    /// Wider lines are hard to follow across a room.
    static let maximumWidth = 72

    let body: String
    let caption: String?
    let glyphs: Glyphs

    private var paragraphs: [(isBullet: Bool, text: String)] {
        body.split(separator: "\n").map { line in
            let trimmed = line.drop { $0 == " " }
            return trimmed.hasPrefix("- ") ? (true, String(trimmed.dropFirst(2))) : (false, String(trimmed))
        }
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let width = min(area.width, Self.maximumWidth)
        let column = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
        let blocks = paragraphs.map { paragraph in
            let text = Paragraph(paragraph.text, style: paragraph.isBullet ? .plain : Style(.text, [.bold]))
            return (paragraph, text, text.lineCount(width: paragraph.isBullet ? width - 2 : width))
        }
        let caption = CenteredText(text: self.caption ?? "", style: Style(.accent, [.bold]))
        let captionRows = caption.lineCount(width: width)
        let total = blocks.reduce(0) { $0 + $1.2 } + max(0, blocks.count - 1) + (captionRows > 0 ? captionRows + 2 : 0)
        var y = column.y + max(0, (column.height - total) / 2)
        for (paragraph, text, rows) in blocks {
            var textArea = Rect(x: column.x, y: y, width: width, height: rows).intersection(column)
            if paragraph.isBullet {
                canvas.put(bullet, x: column.x, y: y, style: Style(.accent, [.bold]), clip: column)
                textArea = textArea.splitLeft(2).rest
            }
            canvas.render(text, in: textArea)
            y += rows + 1
        }
        canvas.render(caption, in: Rect(x: column.x, y: y + 1, width: width, height: captionRows).intersection(column))
    }

    private var bullet: String { glyphs == .ascii ? "*" : "•" }
}
