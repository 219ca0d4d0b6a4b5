/// How a bar segment is filled. Solid reads as firm; the shades read as "up to", conditional or
/// pending, and stay apart from solid and from each other even on a monochrome terminal.
public enum BarFill: Hashable, Sendable {
    case solid
    case light
    case medium
    case dark

    func character(_ glyphs: Glyphs) -> Character {
        switch self {
        case .solid: glyphs.fullBlock
        case .light: glyphs.lightShade
        case .medium: glyphs.mediumShade
        case .dark: glyphs.darkShade
        }
    }
}

/// How many eighths of a cell `value / maximum` of `columns` cells fills, rounded to the
/// nearest eighth and kept within the bar; nothing for a value or maximum that is not a
/// positive finite number.
func barEighths(_ value: Double, of maximum: Double, columns: Int) -> Int {
    guard maximum > 0, maximum.isFinite, value.isFinite, value > 0, columns > 0 else { return 0 }
    let eighths = (min(value / maximum, 1) * Double(columns * 8)).rounded()
    return Int(eighths)
}
