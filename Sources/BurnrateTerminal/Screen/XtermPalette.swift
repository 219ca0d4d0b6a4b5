/// The xterm 256-colour palette, to show a colour the terminal cannot take as it is.
enum XtermPalette {
    /// xterm's default first 16 entries; terminals vary, but nearest-colour only needs the hue.
    private static let basic: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16:
            return basic[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// The entry among the first `count` (8, 16 or 256) closest to the colour. With 256, only
    /// entries 16 to 255 are considered: they are fixed, while the first 16 follow the user's theme.
    static func nearest(to color: (UInt8, UInt8, UInt8), among count: Int) -> UInt8 {
        let candidates: ClosedRange<UInt8> = count >= 256 ? 16...255 : 0...UInt8(min(count, 16) - 1)
        return candidates.min { distance(rgb(ofIndex: $0), color) < distance(rgb(ofIndex: $1), color) }!
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let red = Int(a.0) - Int(b.0), green = Int(a.1) - Int(b.1), blue = Int(a.2) - Int(b.2)
        return red * red + green * green + blue * blue
    }
}
