/// Turns a canvas into an SVG picture in a theme's colours, for `burnrate snapshot --format svg`
/// and `burnrate present --export deck.svg`.
///
/// The grid is drawn cell for cell in user units: column c, row r is the box from
/// (c × width, r × height), inside a margin of the page's background. Backgrounds are
/// rectangles; text is monospaced `<text>`, one element for each run of cells that look alike,
/// stretched to exactly its cells (`textLength`) so that it keeps to the grid in any font;
/// box-drawing, block and braille characters are lines, rectangles and dots in the cell's own
/// geometry, and lines and rectangles that touch are joined into one, so borders and bars have
/// no seams at any zoom. Colours are as the palette resolves them, reverse video swapped and dim
/// blended toward the background; the terminal's own colours (a monochrome theme) are drawn
/// black on white, or white on black when the theme's text is a light colour.
public enum SVGRenderer {
    public static func svg(_ canvas: Canvas, palette: some StyleResolver, options: SVGOptions = SVGOptions()) -> String {
        let looks = Looks(palette)
        var drawing = SVGDrawing()
        let (w, h) = (options.cellWidth, options.cellHeight)
        for row in 0..<canvas.height {
            for column in 0..<canvas.width {
                let cell = canvas[column, row]
                let look = looks.look(cell.style)
                let box = CellBox(x: Double(column) * w, y: Double(row) * h, width: w, height: h)
                if look.background != looks.page.background {
                    drawing.addBackground(Rectangle(x: box.x, y: box.y, width: w, height: h), look.background)
                }
                if let scalar = cell.scalar, let shapes = shapes(scalar.value, in: box) {
                    drawing.add(shapes, foreground: look.foreground, background: look.background)
                }
            }
        }
        let (width, height) = (Double(canvas.width) * w + 2 * options.padding, Double(canvas.height) * h + 2 * options.padding)
        let n = SVGNumber.text
        var output = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(n(width))" height="\(n(height))" \
            viewBox="0 0 \(n(width)) \(n(height))">
            <rect width="\(n(width))" height="\(n(height))" fill="\(looks.page.background.hex)"/>
            <g transform="translate(\(n(options.padding)) \(n(options.padding)))">
            <g shape-rendering="crispEdges">

            """
        output += drawing.crispSVG + "</g>\n" + drawing.smoothSVG
        output += """
            <g font-family="\(SVGOptions.fontFamily)" font-size="\(n(options.fontSize))" \
            fill="\(looks.page.foreground.hex)">

            """
        for row in 0..<canvas.height {
            for run in textRuns(canvas, row: row, looks: looks) {
                output += text(run, row: row, page: looks.page, options: options)
            }
        }
        return output + "</g>\n</g>\n</svg>\n"
    }

    /// The shapes a character is drawn as, nil for one drawn as text.
    static func shapes(_ scalar: UInt32, in box: CellBox) -> [CellShape]? {
        BoxDrawingShapes.shapes(scalar, in: box) ?? BlockShapes.shapes(scalar, in: box)
    }

    /// Box drawing, block elements and braille.
    static func isDrawnAsShape(_ scalar: UInt32) -> Bool {
        (0x2500...0x259F).contains(scalar) || (0x2800...0x28FF).contains(scalar)
    }

    /// How a cell is drawn, in colours.
    struct Look: Hashable {
        var foreground: RGB
        var background: RGB
        var attributes: TextAttributes
    }

    /// Resolves each style once.
    final class Looks {
        let palette: any StyleResolver
        /// The plain style: the page's background and the text's default colour.
        let page: Look
        private let terminalForeground: RGB
        private let terminalBackground: RGB
        private var cache: [Style: Look] = [:]

        init(_ palette: some StyleResolver) {
            self.palette = palette
            let plain = palette.resolve(.plain)
            let black = RGB(red: 0, green: 0, blue: 0), white = RGB(red: 255, green: 255, blue: 255)
            let isLight = { (color: RGB) in Contrast.luminance(color) > 0.18 }
            terminalBackground = plain.background.rgb ?? (plain.foreground.rgb.map(isLight) == true ? black : white)
            terminalForeground = plain.foreground.rgb ?? (isLight(terminalBackground) ? black : white)
            page = Look(foreground: plain.foreground.rgb ?? terminalForeground, background: plain.background.rgb ?? terminalBackground,
                        attributes: [])
        }

        func look(_ style: Style) -> Look {
            if let look = cache[style] { return look }
            let resolved = palette.resolve(style)
            var foreground = resolved.foreground.rgb ?? terminalForeground
            var background = resolved.background.rgb ?? terminalBackground
            if resolved.attributes.contains(.reverse) { swap(&foreground, &background) }
            if resolved.attributes.contains(.dim) { foreground = foreground.blended(over: background, opacity: 0.7) }
            let look = Look(foreground: foreground, background: background,
                            attributes: resolved.attributes.intersection([.bold, .italic, .underline]))
            cache[style] = look
            return look
        }
    }

    /// A run of cells of one look drawn as one `<text>`: from `column`, `columns` wide.
    struct TextRun: Equatable {
        var column: Int
        var columns: Int
        var text: String
        var look: Look
    }

    /// The row's runs of text. A run ends at two blanks in a row, and blanks at its ends are
    /// left to the background: whitespace inside a run is single spaces, which every SVG
    /// renderer keeps (runs of spaces it may collapse, and `textLength` would then stretch the rest).
    static func textRuns(_ canvas: Canvas, row: Int, looks: Looks) -> [TextRun] {
        var runs: [TextRun] = []
        var current: TextRun?
        func finish() {
            guard var run = current else { return }
            current = nil
            if run.text.last == " " {
                run.text.removeLast()
                run.columns -= 1
            }
            runs.append(run)
        }
        for column in 0..<canvas.width {
            let cell = canvas[column, row]
            if cell.isContinuation {
                current?.columns += 1
                continue
            }
            if let scalar = cell.scalar, isDrawnAsShape(scalar.value) {
                finish()
                continue
            }
            let look = looks.look(cell.style)
            if current?.look != look { finish() }
            let character = cell.character
            if character == " " {
                if current?.text.last == " " { finish() }
                guard current != nil else { continue }
            }
            if current == nil { current = TextRun(column: column, columns: 0, text: "", look: look) }
            current!.text.append(character)
            current!.columns += 1
        }
        finish()
        return runs
    }

    private static func text(_ run: TextRun, row: Int, page: Look, options: SVGOptions) -> String {
        let n = SVGNumber.text
        var attributes = "x=\"\(n(Double(run.column) * options.cellWidth))\" y=\"\(n(Double(row) * options.cellHeight + options.baseline))\""
            + " textLength=\"\(n(Double(run.columns) * options.cellWidth))\" lengthAdjust=\"spacingAndGlyphs\""
        if run.look.foreground != page.foreground { attributes += " fill=\"\(run.look.foreground.hex)\"" }
        if run.look.attributes.contains(.bold) { attributes += " font-weight=\"bold\"" }
        if run.look.attributes.contains(.italic) { attributes += " font-style=\"italic\"" }
        if run.look.attributes.contains(.underline) { attributes += " text-decoration=\"underline\"" }
        return "<text \(attributes)>\(XMLText.escaped(run.text))</text>\n"
    }
}
