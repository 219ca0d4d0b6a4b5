import BurnrateModel

/// A deck as pictures, for `burnrate present --export deck.svg`: every slide as the handout
/// draws it (100×30, no clock, a simulation slide with its run complete), one SVG each, named
/// after the file asked for with the slide's number: deck-01.svg, deck-02.svg … (as many digits
/// as the last number needs, at least two), so that they sort in order.
public enum SlidePictures {
    /// Whether a file name asks for pictures: it ends in `.svg`, in any case.
    public static func isPicture(path: String) -> Bool {
        Handout.Format.fileExtension(of: path)?.lowercased() == "svg"
    }

    /// The file names of `count` slides' pictures for `path` ("talk/deck.svg" → "talk/deck-01.svg" …).
    public static func paths(for path: String, count: Int) -> [String] {
        let stem = path.dropLast(".svg".count)
        let suffix = path.suffix(".svg".count)
        let digits = max(2, String(count).count)
        return (0..<count).map { index in
            let shown = String(index + 1)
            return stem + "-" + String(repeating: "0", count: digits - shown.count) + shown + suffix
        }
    }

    /// Each slide's picture in the theme's colours at full colour, in order.
    public static func render(_ loaded: LoadedDeck, theme: Theme, glyphs: Glyphs = .unicode,
                              engine: SimulationEngine = .standard) -> [String] {
        let palette = Palette(theme: theme, depth: .trueColor)
        return Handout.pages(loaded, theme: theme, glyphs: glyphs, engine: engine).map { page in
            SVGRenderer.svg(page.canvas, palette: palette)
        }
    }
}
