import BurnrateText

/// A grid of cells that views draw into. It knows nothing of terminals: the ncurses backend
/// puts it on screen, `CanvasRenderer` turns it into text or ANSI for snapshots and tests.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Text put on it is spelt in ASCII first (`ASCIIText`), for `--ascii`: a terminal or file
    /// that takes ASCII only gets nothing else, whatever the text from the model or a file holds.
    public var isASCIIOnly = false

    public init(width: Int, height: Int, fill: Cell = Cell()) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    /// A canvas showing these lines in the plain style, padded to the widest: the expected
    /// picture of a widget test, written out in the test itself.
    public init(lines: [String]) {
        let width = lines.map { TextWidth.of($0) }.max() ?? 0
        self.init(width: width, height: lines.count)
        for (row, line) in lines.enumerated() {
            put(line, x: 0, y: row)
        }
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { cells[y * width + x] = newValue }
    }

    /// Writes `text` from column `x` of row `y`, clipped to `clip` (the whole canvas by default),
    /// and returns the column after the last one written. A wide character that would be cut in
    /// half is replaced by a space, so that it never eats its neighbour. Control and invisible
    /// characters are drawn as their `TerminalSafe` escapes, a column for each character of those.
    @discardableResult
    @_specialize(exported: true, where Text == String)
    @_specialize(exported: true, where Text == Substring)
    public mutating func put<Text: StringProtocol>(_ text: Text, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        if isASCIIOnly, text.utf8.contains(where: { $0 >= 0x80 }) {
            return put(ASCIIText.fold(text), x: x, y: y, style: style, clip: clip)
        }
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x + TextWidth.of(text) }
        let styleBits = Cell.styleBits(style)
        return withWriter { writer in
            var pen = Pen(writer: writer, column: x, row: y, area: area, styleBits: styleBits)
            // Most text is printable ASCII or built of scalars that are graphemes by themselves
            // (box drawing, bars, braille); only the rest pays for grapheme breaking, and for
            // the check that draws a control or invisible character as its escape (text from
            // files passes here, and ESC must never reach the terminal). A string's UTF-8 is
            // read straight from its storage, which it nearly always has.
            let wroteASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
                guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
                for byte in bytes {
                    guard pen.write(glyph: UInt32(byte), columns: 1) else { break }
                }
                return true
            }
            guard wroteASCII != true else { return pen.column }
            if text.unicodeScalars.allSatisfy(TextWidth.standsAlone) {
                for scalar in text.unicodeScalars {
                    guard pen.write(glyph: scalar.value, columns: TextWidth.of(scalar)) else { break }
                }
                return pen.column
            }
            for character in text {
                if TerminalSafe.needsEscaping(character) {
                    for shown in TerminalSafe.escape(String(character)) {
                        guard pen.write(glyph: Cell.glyph(of: shown), columns: TextWidth.of(shown)) else { return pen.column }
                    }
                } else {
                    guard pen.write(glyph: Cell.glyph(of: character), columns: TextWidth.of(character)) else { break }
                }
            }
            return pen.column
        }
    }

    /// Where `put` writes next.
    private struct Pen {
        let writer: CellWriter
        var column: Int
        let row: Int
        let area: Rect
        let styleBits: UInt64

        /// Writes one grapheme of `columns` columns and moves on; false once past the right edge
        /// of the area, with the column moved past the grapheme all the same.
        mutating func write(glyph: UInt32, columns: Int) -> Bool {
            guard columns > 0 else { return true }
            if column >= area.maxX {
                column += columns
                return false
            }
            if column >= area.x {
                if columns == 2 && column + 1 >= area.maxX {
                    writer.set(Cell(glyph: 0x20, styleBits: styleBits, width: 1), x: column, y: row)
                } else {
                    writer.set(Cell(glyph: glyph, styleBits: styleBits, width: UInt8(columns)), x: column, y: row)
                    if columns == 2 { writer.set(Cell(glyph: 0x20, styleBits: styleBits, width: 0), x: column + 1, y: row) }
                }
            } else if columns == 2 && column + 1 == area.x {
                writer.set(Cell(glyph: 0x20, styleBits: styleBits, width: 1), x: area.x, y: row)
            }
            column += columns
            return true
        }
    }

    /// Fills `rect` with one character in one style.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        let shown = isASCIIOnly && !character.isASCII ? ASCIIText.fold(String(character)).first ?? "?" : character
        let cell = Cell(shown, style: style)
        withWriter { writer in
            for row in area.y..<area.maxY {
                for column in area.x..<area.maxX {
                    writer.set(cell, x: column, y: row)
                }
            }
        }
    }

    private mutating func withWriter<Result>(_ body: (CellWriter) -> Result) -> Result {
        let width = self.width
        return cells.withUnsafeMutableBufferPointer { body(CellWriter(cells: $0, width: width)) }
    }

    /// Changes the style of every cell in `rect`, keeping the characters (selection highlight).
    public mutating func restyle(_ rect: Rect, _ change: (Style) -> Style) {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                self[column, row].style = change(self[column, row].style)
            }
        }
    }

    /// The characters row by row, without styles, trailing spaces kept: what a golden text
    /// snapshot compares.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for column in 0..<width where !self[column, row].isContinuation {
                line.append(self[column, row].character)
            }
            return line
        }
    }
}
