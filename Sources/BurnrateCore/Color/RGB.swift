/// A colour by its red, green and blue channels, 0 to 255: what themes are written in and
/// what palette entries are fitted by.
package struct RGB: Hashable, Sendable {
    package var red: Int
    package var green: Int
    package var blue: Int

    package init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// So little colour (channels within 48 of each other) that the 8 and 16 colour
    /// palettes show it best as black, grey or white: the bluish greys of dark themes
    /// (#cdd6f4, #45475a) are, pastels (#f9e2af, 74 apart) are not.
    package var isGreyish: Bool {
        max(red, green, blue) - min(red, green, blue) <= 48
    }

    /// The hue angle in degrees, 0 red, 120 green, 240 blue.
    package var hue: Double {
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

    package func hueDistance(to other: RGB) -> Double {
        let difference = abs(hue - other.hue)
        return min(difference, 360 - difference)
    }
}
