/// How many colours the terminal can show, from what it reports (or NO_COLOR).
public enum ColorDepth: Int, Hashable, Sendable, Comparable, CaseIterable {
    case monochrome = 0
    case eight = 8
    case sixteen = 16
    case indexed256 = 256
    case trueColor = 16_777_216

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
