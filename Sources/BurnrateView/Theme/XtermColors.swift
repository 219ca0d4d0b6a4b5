/// The colours of the xterm 256-colour palette, and finding the nearest one to a colour.
enum XtermColors {
    struct RGB: Hashable {
        var red: Int
        var green: Int
        var blue: Int

        /// So little colour (channels within 48 of each other) that the 8 and 16 colour
        /// palettes show it best as black, grey or white: the bluish greys of dark themes
        /// (#cdd6f4, #45475a) are, pastels (#f9e2af, 74 apart) are not.
        var isGreyish: Bool {
            max(red, green, blue) - min(red, green, blue) <= 48
        }

        /// The hue angle in degrees, 0 red, 120 green, 240 blue.
        var hue: Double {
            let highest = max(red, green, blue), lowest = min(red, green, blue)
            guard highest > lowest else { return 0 }
            let span = Double(highest - lowest)
            let sector: Double = if highest == red {
                Double(green - blue) / span
            } else if highest == green {
                2 + Double(blue - red) / span
            } else {
                4 + Double(red - green) / span
            }
            return (sector * 60 + 360).truncatingRemainder(dividingBy: 360)
        }

        func hueDistance(to other: RGB) -> Double {
            let difference = abs(hue - other.hue)
            return min(difference, 360 - difference)
        }
    }

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
    static func rgb(_ index: UInt8) -> RGB {
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
    static func candidates(for depth: ColorDepth) -> [UInt8] {
        switch depth {
        case .monochrome, .trueColor: []
        case .eight: Array(0..<8)
        case .sixteen: Array(0..<16)
        case .indexed256: Array(16...255)
        }
    }

    /// The candidate nearest to `color`, by the "redmean" approximation of perceived distance.
    static func nearest(to color: RGB, among candidates: [UInt8]) -> UInt8? {
        candidates.min { distance(color, rgb($0)) < distance(color, rgb($1)) }
    }

    /// The candidate of the nearest hue, and of those the nearest by distance. With only the
    /// saturated basic colours to choose from, distance alone sends pastels to white or
    /// yellow; hue keeps a pink alert red and a soft blue accent blue.
    static func nearestHue(to color: RGB, among candidates: [UInt8]) -> UInt8? {
        candidates.min { a, b in
            let (hueA, hueB) = (color.hueDistance(to: rgb(a)), color.hueDistance(to: rgb(b)))
            return hueA != hueB ? hueA < hueB : distance(color, rgb(a)) < distance(color, rgb(b))
        }
    }

    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let meanRed = (a.red + b.red) / 2
        let red = a.red - b.red, green = a.green - b.green, blue = a.blue - b.blue
        return ((512 + meanRed) * red * red) >> 8 + 4 * green * green + ((767 - meanRed) * blue * blue) >> 8
    }
}
