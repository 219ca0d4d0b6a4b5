import Testing
@testable import BurnrateView

/// Every built-in colour theme reads at WCAG AA: each pair of colours the screen really draws,
/// as the palette resolves it in truecolor and fitted to 256 colours, text at 4.5:1 and lines,
/// bars and highlights at 3:1. Monochrome is left out: its colours are all the terminal's own,
/// which only the terminal knows (roles read by attributes there); the 16- and 8-colour designs
/// likewise draw in colours each terminal chooses.
@Suite struct ThemeContrastTests {
    /// A foreground drawn on a background somewhere, and where.
    struct Pair: CustomStringConvertible {
        let foreground: Role
        let background: Role
        let minimum: Double
        let usedIn: String

        var description: String { "\(foreground) on \(background) (\(usedIn))" }
    }

    static let textRoles: [Role] = [.text, .muted, .title, .accent, .ok, .watch, .alert]

    static let pairs: [Pair] = textRoles.map {
        Pair(foreground: $0, background: .background, minimum: Contrast.text,
             usedIn: "panels: names and figures, headings, column headers, level badges, explain, help")
    } + textRoles.map {
        // Header bar: title, " burnrate " in accent, the as-of date muted, the risk badge in its
        // level; footer: keys in accent, actions muted, messages in text; the timeline cursor in
        // title; the save prompt; a selected row keeps every role its cells had.
        Pair(foreground: $0, background: .selection, minimum: Contrast.text,
             usedIn: "header and footer bars, timeline cursor, save prompt, selected rows")
    } + (0..<8).flatMap { index in
        [Pair(foreground: .series(index), background: .background, minimum: Contrast.graphics,
              usedIn: "bars, chart lines, legend blocks"),
         Pair(foreground: .series(index), background: .selection, minimum: Contrast.graphics,
              usedIn: "the bars of a selected row")]
    } + [
        Pair(foreground: .border, background: .background, minimum: Contrast.graphics,
             usedIn: "panel frames, header separators"),
        // The highlight itself: a selected row or the timeline's cursor year against the panel.
        Pair(foreground: .selection, background: .background, minimum: Contrast.graphics,
             usedIn: "selection bar, timeline cursor year"),
    ]

    static let colourThemes = BuiltInThemes.all.filter { $0.name != "monochrome" }

    @Test(arguments: colourThemes, [ColorDepth.trueColor, .indexed256])
    func everyPairReads(theme: Theme, depth: ColorDepth) throws {
        let palette = Palette(theme: theme, depth: depth)
        for pair in Self.pairs {
            let ratio = try #require(Self.ratio(pair, palette: palette), "\(theme.name): \(pair) uses the terminal's own colours")
            #expect(ratio >= pair.minimum, "\(theme.name) at \(depth): \(pair) is \(ratio):1")
        }
    }

    /// What the screen shows for a pair: for a highlight, the selection against the background
    /// as colours; for text, the resolved foreground on its resolved background (reverse video
    /// swaps them, which leaves the ratio as it is).
    static func ratio(_ pair: Pair, palette: Palette) -> Double? {
        if pair.foreground == .selection {
            guard let selection = palette.color(.selection).rgb, let background = palette.color(.background).rgb else { return nil }
            return Contrast.ratio(selection, background)
        }
        let resolved = palette.resolve(Style(pair.foreground, on: pair.background))
        guard let foreground = resolved.foreground.rgb, let background = resolved.background.rgb else { return nil }
        return Contrast.ratio(foreground, background)
    }

    @Test func monochromeHasNoColourToMeasure() {
        for depth in ColorDepth.allCases {
            let palette = Palette(theme: BuiltInThemes.named("monochrome"), depth: depth)
            for pair in Self.pairs {
                #expect(palette.resolve(Style(pair.foreground, on: pair.background)).foreground == .terminalDefault)
            }
        }
    }

    /// Black on white is 21:1, a colour on itself 1:1; the light theme's old as-of date, grey 246
    /// (148,148,148, luminance 0.2961) on grey 252 (208,208,208, 0.6308), was (0.6808 / 0.3461) = 1.97:1.
    @Test func ratiosAsWCAGDefinesThem() {
        let black = XtermColors.RGB(red: 0, green: 0, blue: 0), white = XtermColors.RGB(red: 255, green: 255, blue: 255)
        #expect(Contrast.ratio(black, white) == 21)
        #expect(Contrast.ratio(white, white) == 1)
        #expect(abs(Contrast.ratio(XtermColors.rgb(246), XtermColors.rgb(252)) - 1.967) < 0.001)
        #expect(abs(Contrast.luminance(XtermColors.rgb(246)) - 0.2961) < 0.0001)
    }

    /// On the selection a colour that would not read there is drawn in the text or background
    /// colour, whichever stands out more, with its monochrome attributes: amber's alert #ff5f1f
    /// on the amber bar #c08400 is 1.06:1, so it is black there, bold and underlined.
    @Test func aColourThatDoesNotReadOnTheSelectionTakesThePlainOneThere() {
        let palette = Palette(theme: BuiltInThemes.named("amber"), depth: .trueColor)
        #expect(palette.resolve(Style(.alert, on: .selection))
            == ResolvedStyle(foreground: .rgb(0, 0, 0), background: .rgb(0xc0, 0x84, 0), attributes: [.bold, .underline]))
        #expect(palette.resolve(Style(.alert)).foreground == .rgb(0xff, 0x5f, 0x1f))
    }
}
