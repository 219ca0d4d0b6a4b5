/// A grid of cells that views draw into. It knows nothing of terminals: the ncurses backend
/// puts it on screen, `CanvasRenderer` turns it into text or ANSI for snapshots and tests.
public struct Canvas: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

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
    /// half is replaced by a space, so that it never eats its neighbour.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        guard y >= area.y, y < area.maxY else { return x + TextWidth.of(text) }
        var column = x
        for character in text {
            let columns = TextWidth.of(character)
            guard columns > 0 else { continue }
            if column >= area.maxX { return column + columns }
            if column >= area.x {
                if columns == 2 && column + 1 >= area.maxX {
                    set(Cell(" ", style: style), x: column, y: y)
                } else {
                    set(Cell(character, style: style, width: UInt8(columns)), x: column, y: y)
                    if columns == 2 { set(.continuation(style: style), x: column + 1, y: y) }
                }
            } else if columns == 2 && column + 1 == area.x {
                set(Cell(" ", style: style), x: area.x, y: y)
            }
            column += columns
        }
        return column
    }

    /// Fills `rect` with one character in one style.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        for row in area.y..<area.maxY {
            for column in area.x..<area.maxX {
                set(Cell(character, style: style), x: column, y: row)
            }
        }
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

    /// Sets one cell; writing over either half of a wide character blanks its other half.
    private mutating func set(_ cell: Cell, x: Int, y: Int) {
        let old = self[x, y]
        if old.width == 2 && x + 1 < width && cell.width != 2 {
            self[x + 1, y] = Cell(" ", style: self[x + 1, y].style)
        }
        if old.isContinuation && x > 0 {
            self[x - 1, y] = Cell(" ", style: self[x - 1, y].style)
        }
        self[x, y] = cell
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
