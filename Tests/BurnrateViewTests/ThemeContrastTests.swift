import Testing
@testable import BurnrateView

/// Every built-in colour theme reads at WCAG AA: each pair of colours the screen really draws,
/// as the palette resolves it in truecolor and fitted to 256 colours, text at 4.5:1 and lines,
/// bars and highlights at 3:1. Monochrome is left out: its colours are all the terminal's own,
/// which only the terminal knows (roles read by attributes there); the 16- and 8-colour designs
/// likewise draw in colours each terminal chooses.
@Suite struct ThemeContrastTests {
    /// The pairs measured: every text role on the panel and on the selection (header and
    /// footer bars, selected rows, the timeline cursor), every series colour on both, borders
    /// on the panel and the selection bar itself against the panel.
    @Test func thePairsAreEveryRoleOnEveryBackgroundItIsDrawnOn() {
        let pairs = ThemeContrast.pairs(seriesCount: 2).map { "\($0.foreground) on \($0.background) \($0.minimum)" }
        #expect(pairs == [Role.text, .muted, .title, .accent, .ok, .watch, .alert].map { "\($0) on background 4.5" }
            + [Role.text, .muted, .title, .accent, .ok, .watch, .alert].map { "\($0) on selection 4.5" }
            + ["series(0) on background 3.0", "series(0) on selection 3.0", "series(1) on background 3.0",
               "series(1) on selection 3.0", "border on background 3.0", "selection on background 3.0"])
    }

    /// The light theme as it was: as-of date grey on a pale bar, among others.
    @Test func aThemeThatMissesSaysWhereAndByHowMuch() throws {
        var theme = BuiltInThemes.named("light")
        theme.colors[.muted] = .rgb(0x8c, 0x8f, 0xa1)
        theme.colors[.selection] = .rgb(0xcc, 0xd0, 0xda)
        let shortfalls = ThemeContrast.shortfalls(of: theme)
        #expect(shortfalls.contains("muted on background (panels: names and figures, headings, column headers, level badges, explain, help) is 2.8:1 in truecolor, below 4.5:1"))
        #expect(shortfalls.contains("selection on background (selection bar, timeline cursor year) is 1.3:1 at 256 colours, below 3.0:1"))
        #expect(ThemeContrast.shortfalls(of: BuiltInThemes.named("light")) == [])
    }

    static let colorThemes = BuiltInThemes.all.filter { $0.name != "monochrome" }

    @Test(arguments: colorThemes, [ColorDepth.trueColor, .indexed256])
    func everyPairReads(theme: Theme, depth: ColorDepth) throws {
        let palette = Palette(theme: theme, depth: depth)
        for pair in ThemeContrast.pairs(seriesCount: theme.series.count) {
            let ratio = try #require(ThemeContrast.ratio(pair, palette: palette), "\(theme.name): \(pair) uses the terminal's own colours")
            #expect(ratio >= pair.minimum, "\(theme.name) at \(depth): \(pair) is \(ratio):1")
        }
    }

    @Test func monochromeHasNoColorToMeasure() {
        for depth in ColorDepth.allCases {
            let palette = Palette(theme: BuiltInThemes.named("monochrome"), depth: depth)
            for pair in ThemeContrast.pairs(seriesCount: 1) {
                #expect(palette.resolve(Style(pair.foreground, on: pair.background)).foreground == .terminalDefault)
            }
        }
    }

    /// Black on white is 21:1, a colour on itself 1:1; the light theme's old as-of date, grey 246
    /// (148,148,148, luminance 0.2961) on grey 252 (208,208,208, 0.6308), was (0.6808 / 0.3461) = 1.97:1.
    @Test func ratiosAsWCAGDefinesThem() {
        let black = RGB(red: 0, green: 0, blue: 0), white = RGB(red: 255, green: 255, blue: 255)
        #expect(Contrast.ratio(black, white) == 21)
        #expect(Contrast.ratio(white, white) == 1)
        #expect(abs(Contrast.ratio(XtermColors.rgb(246), XtermColors.rgb(252)) - 1.967) < 0.001)
        #expect(abs(Contrast.luminance(XtermColors.rgb(246)) - 0.2961) < 0.0001)
    }

    /// On the selection a colour that would not read there is drawn in the text or background
    /// colour, whichever stands out more, with its monochrome attributes: amber's alert #ff5f1f
    /// on the amber bar #c08400 is 1.06:1, so it is black there, bold and underlined.
    @Test func aColorThatDoesNotReadOnTheSelectionTakesThePlainOneThere() {
        let palette = Palette(theme: BuiltInThemes.named("amber"), depth: .trueColor)
        #expect(palette.resolve(Style(.alert, on: .selection))
            == ResolvedStyle(foreground: .rgb(0, 0, 0), background: .rgb(0xc0, 0x84, 0), attributes: [.bold, .underline]))
        #expect(palette.resolve(Style(.alert)).foreground == .rgb(0xff, 0x5f, 0x1f))
    }
}
