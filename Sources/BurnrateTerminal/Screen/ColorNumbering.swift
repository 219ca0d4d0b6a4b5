import BurnrateCore

/// The colour numbers ncurses takes for `TerminalColor`s on one terminal.
struct ColorNumbering {
    enum RGBMode: Hashable {
        /// Colour numbers are 0xRRGGBB (terminfo `RGB`); below 8 they are still the ANSI colours.
        case direct
        /// Palette entries 255 down to 16 are redefined to the colours asked for, until they run out.
        case redefinePalette
        /// The nearest palette entry stands in.
        case nearestIndexed
    }

    /// A palette entry to redefine (`init_extended_color`) before its number is used.
    struct PaletteEntry: Hashable {
        var number: Int32
        var color: RGB
    }

    let colors: Int
    let hasDefaultColors: Bool
    let rgbMode: RGBMode
    private var paletteSlots = ColorSlotCache<RGB>(first: 255, count: 240, step: -1)

    init(colors: Int, hasDefaultColors: Bool, rgbMode: RGBMode) {
        self.colors = colors
        self.hasDefaultColors = hasDefaultColors
        self.rgbMode = rgbMode
    }

    mutating func number(for color: TerminalColor, foreground: Bool) -> (number: Int32, newEntry: PaletteEntry?) {
        switch color {
        case .terminalDefault:
            return (hasDefaultColors ? -1 : (foreground ? 7 : 0), nil)
        case .indexed(let index):
            if rgbMode == .direct {
                return (index < 8 ? Int32(index) : Self.packed(XtermColors.rgb(index)), nil)
            }
            return (Int(index) < colors ? Int32(index) : nearest(XtermColors.rgb(index)), nil)
        case .rgb(let red, let green, let blue):
            return number(forRGB: RGB(red: Int(red), green: Int(green), blue: Int(blue)))
        }
    }

    private mutating func number(forRGB color: RGB) -> (number: Int32, newEntry: PaletteEntry?) {
        switch rgbMode {
        case .direct:
            return (Self.packed(color), nil)
        case .redefinePalette:
            switch paletteSlots.lookup(color) {
            case .cached(let number): return (number, nil)
            case .allocated(let number): return (number, PaletteEntry(number: number, color: color))
            case .full: return (nearest(color), nil)
            }
        case .nearestIndexed:
            return (nearest(color), nil)
        }
    }

    /// The entry of this terminal's palette that `XtermColors.fit` picks, as the theme's
    /// colours are fitted.
    private func nearest(_ color: RGB) -> Int32 {
        let depth: ColorDepth = colors >= 256 ? .indexed256 : colors >= 16 ? .sixteen : .eight
        return Int32(XtermColors.fit(color, to: depth))
    }

    /// 0xRRGGBB, except that the few values below 8 would be taken for ANSI colours: those
    /// become 8, a blue too dark to tell apart from black.
    private static func packed(_ color: RGB) -> Int32 {
        max(8, Int32(color.red) << 16 | Int32(color.green) << 8 | Int32(color.blue))
    }
}
