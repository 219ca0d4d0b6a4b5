/// The characters widgets draw with. `.unicode` is for UTF-8 terminals; `.ascii` keeps every
/// widget readable where the locale is not UTF-8 (or the font lacks block elements), so widgets
/// never hard-code a character and always take a `Glyphs` value.
public struct Glyphs: Hashable, Sendable {
    /// A bar cell filled by 1 to 8 eighths from the left: index 0 is ⅛, index 7 a full cell.
    public var barEighths: [Character]
    /// Whether the partial bar cells fill exactly their share from the left, so that one cell
    /// can show where one segment ends and the next begins (block elements can, `=` cannot).
    public var splitsCells: Bool
    /// Sparkline levels from lowest to highest; the last one is a full cell.
    public var sparkLevels: [Character]
    /// Area fills that read apart without colour, from light to dark.
    public var lightShade: Character
    public var mediumShade: Character
    public var darkShade: Character
    /// The empty part of a gauge, so its full length shows at 0%.
    public var track: Character
    public var border: BorderGlyphs
    public var focusedBorder: BorderGlyphs
    /// Between tabs, and between a table's columns when asked.
    public var separator: Character
    public var okSymbol: Character
    public var watchSymbol: Character
    public var alertSymbol: Character
    /// A figure without a threshold: information, neither ok nor at risk.
    public var infoSymbol: Character
    public var up: Character
    public var down: Character
    /// Beside the count of a list's rows out of view above and below ("↑ +2", "+4 ↓").
    public var scrollUp: Character
    public var scrollDown: Character
    public var ellipsis: String
    public var dots: DotGlyphs
    /// Where typing goes in a text field (the command palette, a filter).
    public var textCursor: Character

    public var fullBlock: Character { barEighths[7] }

    public static let unicode = Glyphs(
        barEighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"],
        splitsCells: true,
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        lightShade: "░", mediumShade: "▒", darkShade: "▓",
        track: "─",
        border: BorderGlyphs(corners: "┌┐└┘", horizontal: "─", vertical: "│"),
        focusedBorder: BorderGlyphs(corners: "┏┓┗┛", horizontal: "━", vertical: "┃"),
        separator: "│",
        okSymbol: "✓", watchSymbol: "!", alertSymbol: "✗", infoSymbol: "·",
        up: "▲", down: "▼", scrollUp: "↑", scrollDown: "↓",
        ellipsis: "…",
        dots: .braille,
        textCursor: "▏"
    )

    public static let ascii = Glyphs(
        barEighths: [" ", " ", " ", "=", "=", "=", "=", "#"],
        splitsCells: false,
        sparkLevels: ["_", "_", ".", ".", "-", "-", "=", "#"],
        lightShade: ":", mediumShade: "=", darkShade: "%",
        track: ".",
        border: BorderGlyphs(corners: "++++", horizontal: "-", vertical: "|"),
        focusedBorder: BorderGlyphs(corners: "####", horizontal: "=", vertical: "#"),
        separator: "|",
        okSymbol: "v", watchSymbol: "!", alertSymbol: "x", infoSymbol: "-",
        up: "^", down: "v", scrollUp: "^", scrollDown: "v",
        ellipsis: "...",
        dots: .ascii,
        textCursor: "_"
    )

    /// The character of a bar `eighths` eighths full, or nil for an empty cell.
    func bar(eighths: Int) -> Character? {
        eighths <= 0 ? nil : barEighths[min(eighths, 8) - 1]
    }
}

public struct BorderGlyphs: Hashable, Sendable {
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    public var horizontal: Character
    public var vertical: Character

    /// `corners` lists top-left, top-right, bottom-left, bottom-right.
    public init(corners: String, horizontal: Character, vertical: Character) {
        let corner = Array(corners)
        precondition(corner.count == 4, "four corners: top-left, top-right, bottom-left, bottom-right")
        topLeft = corner[0]
        topRight = corner[1]
        bottomLeft = corner[2]
        bottomRight = corner[3]
        self.horizontal = horizontal
        self.vertical = vertical
    }
}

/// A grid of dots per cell for line charts: braille has 2×4 dots per cell; the ASCII stand-in
/// has 1×2 (`'` top, `.` bottom, `:` both).
public enum DotGlyphs: Hashable, Sendable {
    case braille
    case ascii

    public var columnsPerCell: Int { self == .braille ? 2 : 1 }
    public var rowsPerCell: Int { self == .braille ? 4 : 2 }

    /// The character showing the dots set in `dots`, a bit per (column, row) as `bit(column:row:)`.
    func character(_ dots: UInt8) -> Character {
        switch self {
        case .braille:
            Character(Unicode.Scalar(0x2800 + UInt32(dots))!)
        case .ascii:
            [" ", "'", ".", ":"][Int(dots & 3)]
        }
    }

    /// Braille numbers its dots 1-2-3-7 down the left column and 4-5-6-8 down the right.
    func bit(column: Int, row: Int) -> UInt8 {
        switch self {
        case .braille:
            let left: [UInt8] = [0x01, 0x02, 0x04, 0x40]
            let right: [UInt8] = [0x08, 0x10, 0x20, 0x80]
            return column == 0 ? left[row] : right[row]
        case .ascii:
            return row == 0 ? 1 : 2
        }
    }
}
