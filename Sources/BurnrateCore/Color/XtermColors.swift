/// The colours of the xterm 256-colour palette, and fitting a colour to the entries a terminal
/// has: one algorithm for the theme's colours and for what the screen cannot show as asked.
package enum XtermColors {
    /// xterm's defaults for the 16 basic colours; terminals differ, but these are what most
    /// themes are drawn against.
    private static let basic: [RGB] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ].map { RGB(red: $0.0, green: $0.1, blue: $0.2) }

    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// 0–15 the basic colours, 16–231 the 6×6×6 cube, 232–255 greys from 8 to 238 in steps of 10.
    package static func rgb(_ index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return basic[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return RGB(red: cubeLevels[cube / 36], green: cubeLevels[(cube / 6) % 6], blue: cubeLevels[cube % 6])
        default:
            let grey = 8 + 10 * (Int(index) - 232)
            return RGB(red: grey, green: grey, blue: grey)
        }
    }

    /// The palette entries a colour may be fitted to at a depth. At 256 colours the basic 16
    /// are left out: users recolour them, so only the cube and the greys are predictable.
    private static func candidates(for depth: ColorDepth) -> [UInt8] {
        switch depth {
        case .monochrome, .trueColor: []
        case .eight: Array(0..<8)
        case .sixteen: Array(0..<16)
        case .indexed256: Array(16...255)
        }
    }

    /// The candidate nearest to `color`, by the "redmean" approximation of perceived distance.
    private static func nearest(to color: RGB, among candidates: [UInt8]) -> UInt8? {
        candidates.min { distance(color, rgb($0)) < distance(color, rgb($1)) }
    }

    /// The candidate of the nearest hue, and of those the nearest by distance. With only the
    /// saturated basic colours to choose from, distance alone sends pastels to white or
    /// yellow; hue keeps a pink alert red and a soft blue accent blue.
    private static func nearestHue(to color: RGB, among candidates: [UInt8]) -> UInt8? {
        candidates.min { a, b in
            let (hueA, hueB) = (color.hueDistance(to: rgb(a)), color.hueDistance(to: rgb(b)))
            return hueA != hueB ? hueA < hueB : distance(color, rgb(a)) < distance(color, rgb(b))
        }
    }

    private static func distance(_ a: RGB, _ b: RGB) -> Int {
        let meanRed = (a.red + b.red) / 2
        let red = a.red - b.red, green = a.green - b.green, blue = a.blue - b.blue
        return ((512 + meanRed) * red * red) >> 8 + 4 * green * green + ((767 - meanRed) * blue * blue) >> 8
    }

    /// The entry of a `depth`-colour palette (8, 16 or 256) that shows `color` best, other
    /// than those in `avoiding` unless every entry is to be avoided. With 8 or 16 colours a
    /// greyish colour goes to the nearest grey while one is left, and any other colour to the
    /// nearest hue; with 256, to the nearest entry.
    package static func fit(_ color: RGB, to depth: ColorDepth, avoiding: Set<UInt8> = []) -> UInt8 {
        let candidates = candidates(for: depth)
        let allowed = candidates.filter { !avoiding.contains($0) }
        let pool = allowed.isEmpty ? candidates : allowed
        guard depth <= .sixteen else { return nearest(to: color, among: pool) ?? 0 }
        let (greys, hues) = (allowed.filter { rgb($0).isGreyish }, allowed.filter { !rgb($0).isGreyish })
        if color.isGreyish, let grey = nearest(to: color, among: greys) { return grey }
        if let hue = nearestHue(to: color, among: hues) { return hue }
        return nearest(to: color, among: pool) ?? 0
    }
}
