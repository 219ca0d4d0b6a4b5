/// A figure in large block letters, for headline numbers and the presentation mode: "$850B",
/// "22×", "3 OF 4". Each letter is 5 rows high at scale 1; scale n draws every pixel n×n. It
/// takes the largest scale that fits its area and, when not even scale 1 fits, writes the text
/// plainly in bold. Characters the font lacks are drawn as spaces.
public struct BigText: Widget {
    public var text: String
    public var style: Style
    public var alignment: HorizontalAlignment
    public var glyphs: Glyphs

    public init(_ text: String, style: Style = Style(.title, [.bold]), alignment: HorizontalAlignment = .left,
                glyphs: Glyphs = .unicode) {
        self.text = text
        self.style = style
        self.alignment = alignment
        self.glyphs = glyphs
    }

    /// The cells `text` takes at `scale`: one blank column between letters, all scaled.
    public static func size(for text: String, scale: Int) -> (width: Int, height: Int) {
        let scale = max(1, scale)
        let widths = text.map { (BigFont.glyph($0) ?? BigFont.glyph(" ")!)[0].count }
        let columns = widths.reduce(0, +) + max(0, widths.count - 1)
        return (columns * scale, BigFont.rows * scale)
    }

    /// The largest scale at which `text` fits in `area`, or nil when even scale 1 does not.
    public static func scale(for text: String, fitting area: Rect) -> Int? {
        let base = size(for: text, scale: 1)
        guard base.width > 0 else { return nil }
        let scale = min(area.width / base.width, area.height / base.height)
        return scale >= 1 ? scale : nil
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        guard let scale = Self.scale(for: text, fitting: area) else {
            let shown = Truncation.fit(text, in: area.width, ellipsis: glyphs.ellipsis)
            canvas.put(shown, x: alignment.start(of: TextWidth.of(shown), in: area), y: area.y, style: style.with(.bold), clip: area)
            return
        }
        let ink = String(repeating: glyphs.fullBlock, count: scale)
        var x = alignment.start(of: Self.size(for: text, scale: scale).width, in: area)
        for character in text {
            let glyph = BigFont.glyph(character) ?? BigFont.glyph(" ")!
            for (row, pixels) in glyph.enumerated() {
                for (column, pixel) in pixels.enumerated() where pixel == "#" {
                    for line in 0..<scale {
                        canvas.put(ink, x: x + column * scale, y: area.y + row * scale + line, style: style, clip: area)
                    }
                }
            }
            x += (glyph[0].count + 1) * scale
        }
    }
}
