/// The box-drawing characters (U+2500–257F) as lines from the cell's centre to its edges.
///
/// A character is its four arms, each none, light, heavy or double. A single arm's stroke is
/// centred on the cell's centre line and runs from the edge to the centre, and past it by half
/// the width of the arms across it so that corners are square; a double arm is two light lines
/// either side of the centre line, which stop at the lines across them or turn the corner.
enum BoxDrawingShapes {
    enum Weight: UInt8 {
        case none, light, heavy, double
    }

    struct Arms: Equatable {
        var left: Weight
        var right: Weight
        var up: Weight
        var down: Weight
    }

    /// The shapes of `scalar`, nil when it is not a box-drawing character.
    static func shapes(_ scalar: UInt32, in box: CellBox) -> [CellShape]? {
        guard (0x2500...0x257F).contains(scalar) else { return nil }
        if let arms = arms(scalar) { return lines(arms, in: box).map(CellShape.line) }
        if let (count, weight, isHorizontal) = dashes(scalar) {
            return dashLines(count: count, thickness: weight == .heavy ? box.heavy : box.light, horizontal: isHorizontal, in: box)
                .map(CellShape.line)
        }
        return curves(scalar, in: box).map { CellShape.curve($0, thickness: box.light) }
    }

    /// Left, right, up and down, a digit each (0 none, 1 light, 2 heavy, 3 double), for
    /// U+2500–254B and U+2550–256C and U+2574–257F; "" for the dashes, arcs and diagonals.
    private static let table: [String] = [
        // 2500 ─━│┃┄┅┆┇┈┉┊┋┌┍┎┏
        "1100", "2200", "0011", "0022", "", "", "", "", "", "", "", "", "0101", "0201", "0102", "0202",
        // 2510 ┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟
        "1001", "2001", "1002", "2002", "0110", "0210", "0120", "0220", "1010", "2010", "1020", "2020", "0111", "0211", "0121", "0112",
        // 2520 ┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯
        "0122", "0221", "0212", "0222", "1011", "2011", "1021", "1012", "1022", "2021", "2012", "2022", "1101", "2101", "1201", "2201",
        // 2530 ┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿
        "1102", "2102", "1202", "2202", "1110", "2110", "1210", "2210", "1120", "2120", "1220", "2220", "1111", "2111", "1211", "2211",
        // 2540 ╀╁╂╃╄╅╆╇╈╉╊╋╌╍╎╏
        "1121", "1112", "1122", "2121", "1221", "2112", "1212", "2221", "2212", "2122", "1222", "2222", "", "", "", "",
        // 2550 ═║╒╓╔╕╖╗╘╙╚╛╜╝╞╟
        "3300", "0033", "0301", "0103", "0303", "3001", "1003", "3003", "0310", "0130", "0330", "3010", "1030", "3030", "0311", "0133",
        // 2560 ╠╡╢╣╤╥╦╧╨╩╪╫╬╭╮╯
        "0333", "3011", "1033", "3033", "3301", "1103", "3303", "3310", "1130", "3330", "3311", "1133", "3333", "", "", "",
        // 2570 ╰╱╲╳╴╵╶╷╸╹╺╻╼╽╾╿
        "", "", "", "", "1000", "0010", "0100", "0001", "2000", "0020", "0200", "0002", "1200", "0012", "2100", "0021",
    ]

    static func arms(_ scalar: UInt32) -> Arms? {
        let digits = table[Int(scalar - 0x2500)].utf8.map { Weight(rawValue: $0 - UInt8(ascii: "0"))! }
        guard digits.count == 4 else { return nil }
        return Arms(left: digits[0], right: digits[1], up: digits[2], down: digits[3])
    }

    /// Dashed lines: how many dashes, their weight, and whether they run across.
    private static func dashes(_ scalar: UInt32) -> (Int, Weight, Bool)? {
        switch scalar {
        case 0x2504...0x250B:
            let offset = scalar - 0x2504
            return (offset < 4 ? 3 : 4, offset % 2 == 0 ? .light : .heavy, offset % 4 < 2)
        case 0x254C...0x254F:
            let offset = scalar - 0x254C
            return (2, offset % 2 == 0 ? .light : .heavy, offset < 2)
        default:
            return nil
        }
    }

    /// One arm, as seen from the axis it runs along.
    private struct Arm {
        /// The arm's weight, and those of the arms across it on its two sides (before and
        /// after on the other axis: up and down for a horizontal arm).
        let weight: Weight
        let before: Weight
        let after: Weight
        /// -1 toward the left or top edge, +1 toward the right or bottom edge.
        let direction: Double
    }

    static func lines(_ arms: Arms, in box: CellBox) -> [StraightLine] {
        let horizontal = [Arm(weight: arms.left, before: arms.up, after: arms.down, direction: -1),
                          Arm(weight: arms.right, before: arms.up, after: arms.down, direction: 1)]
        let vertical = [Arm(weight: arms.up, before: arms.left, after: arms.right, direction: -1),
                        Arm(weight: arms.down, before: arms.left, after: arms.right, direction: 1)]
        return horizontal.flatMap { lines($0, isHorizontal: true, in: box) }
            + vertical.flatMap { lines($0, isHorizontal: false, in: box) }
    }

    private static func lines(_ arm: Arm, isHorizontal: Bool, in box: CellBox) -> [StraightLine] {
        let (center, across, edgeLow, edgeHigh) = isHorizontal
            ? (box.centerX, box.centerY, box.x, box.x + box.width)
            : (box.centerY, box.centerX, box.y, box.y + box.height)
        let edge = arm.direction < 0 ? edgeLow : edgeHigh
        /// The line from the edge to `reach` past the centre (negative: short of it).
        func line(at: Double, reach: Double, thickness: Double) -> StraightLine {
            let inner = center - arm.direction * reach
            return StraightLine(isHorizontal: isHorizontal, at: at, start: min(edge, inner), end: max(edge, inner), thickness: thickness)
        }
        switch arm.weight {
        case .none:
            return []
        case .light, .heavy:
            let reach = max(halfWidth(arm.before, box), halfWidth(arm.after, box))
            return [line(at: across, reach: reach, thickness: arm.weight == .heavy ? box.heavy : box.light)]
        case .double:
            return [(arm.before, arm.after, -1.0), (arm.after, arm.before, 1.0)].map { near, far, side in
                let reach: Double = switch near {
                case .double: -box.doubleOffset + box.light / 2
                case .light, .heavy: -halfWidth(near, box)
                case .none: halfWidth(far, box)
                }
                return line(at: across + side * box.doubleOffset, reach: reach, thickness: box.light)
            }
        }
    }

    /// Half the width of an arm across the centre: how far a line that meets it reaches past
    /// the centre to cover it.
    private static func halfWidth(_ weight: Weight, _ box: CellBox) -> Double {
        switch weight {
        case .none: 0
        case .light: box.light / 2
        case .heavy: box.heavy / 2
        case .double: box.doubleOffset + box.light / 2
        }
    }

    private static func dashLines(count: Int, thickness: Double, horizontal: Bool, in box: CellBox) -> [StraightLine] {
        let (start, length, at) = horizontal ? (box.x, box.width, box.centerY) : (box.y, box.height, box.centerX)
        let slot = length / Double(count)
        return (0..<count).map { index in
            let from = start + slot * Double(index) + slot * 0.2
            return StraightLine(isHorizontal: horizontal, at: at, start: from, end: from + slot * 0.6, thickness: thickness)
        }
    }

    /// Rounded corners as quarter circles of half the cell's width, and the diagonals.
    private static func curves(_ scalar: UInt32, in box: CellBox) -> [String] {
        let (left, top, right, bottom) = (box.x, box.y, box.x + box.width, box.y + box.height)
        let (x, y, radius) = (box.centerX, box.centerY, box.width / 2)
        let n = SVGNumber.text
        let arc = { (sweep: Int, toX: Double, toY: Double) in "A\(n(radius)) \(n(radius)) 0 0 \(sweep) \(n(toX)) \(n(toY))" }
        switch scalar {
        case 0x256D: return ["M\(n(right)) \(n(y))" + arc(0, x, y + radius) + "V\(n(bottom))"]
        case 0x256E: return ["M\(n(left)) \(n(y))" + arc(1, x, y + radius) + "V\(n(bottom))"]
        case 0x256F: return ["M\(n(x)) \(n(top))V\(n(y - radius))" + arc(1, left, y)]
        case 0x2570: return ["M\(n(x)) \(n(top))V\(n(y - radius))" + arc(0, right, y)]
        case 0x2571: return ["M\(n(right)) \(n(top))L\(n(left)) \(n(bottom))"]
        case 0x2572: return ["M\(n(left)) \(n(top))L\(n(right)) \(n(bottom))"]
        default: return ["M\(n(right)) \(n(top))L\(n(left)) \(n(bottom))", "M\(n(left)) \(n(top))L\(n(right)) \(n(bottom))"]
        }
    }
}
