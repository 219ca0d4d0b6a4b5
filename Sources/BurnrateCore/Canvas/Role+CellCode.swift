extension Role {
    /// How many series a cell tells apart. `series(n)` is kept as n modulo this bound, which
    /// changes no colour for any theme whose series list has a length dividing it: 65,520 is
    /// 2⁴ × 3² × 5 × 7 × 13, so every length up to 16 does, and 18, 20, 21, 24, 26, 28, 30 …
    static let seriesInCell = 65_520

    /// The role in the 16 bits a cell keeps for it: the named roles first, then the series.
    var cellCode: UInt16 {
        switch self {
        case .background: 0
        case .text: 1
        case .muted: 2
        case .border: 3
        case .title: 4
        case .accent: 5
        case .selection: 6
        case .ok: 7
        case .watch: 8
        case .alert: 9
        case .series(let index): UInt16(Self.namedCount + (index % Self.seriesInCell + Self.seriesInCell) % Self.seriesInCell)
        }
    }

    init(cellCode: UInt16) {
        switch cellCode {
        case 0: self = .background
        case 1: self = .text
        case 2: self = .muted
        case 3: self = .border
        case 4: self = .title
        case 5: self = .accent
        case 6: self = .selection
        case 7: self = .ok
        case 8: self = .watch
        case 9: self = .alert
        default: self = .series(Int(cellCode) - Self.namedCount)
        }
    }

    private static let namedCount = 10
}
