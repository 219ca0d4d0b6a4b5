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
