extension RGB {
    /// `#rrggbb`, as CSS and SVG write a colour.
    var hex: String {
        "#" + [red, green, blue].map { component in
            let digits = String(component, radix: 16)
            return digits.count < 2 ? "0" + digits : digits
        }.joined()
    }

    /// This colour drawn at `opacity` (0 to 1) over `background`, as one solid colour: a dim
    /// text or a shade cell that overlaps nothing twice where shapes meet.
    func blended(over background: RGB, opacity: Double) -> RGB {
        let mix = { (top: Int, bottom: Int) in Int((Double(top) * opacity + Double(bottom) * (1 - opacity)).rounded()) }
        return RGB(red: mix(red, background.red), green: mix(green, background.green), blue: mix(blue, background.blue))
    }
}
