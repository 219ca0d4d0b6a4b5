import Testing
@testable import BurnrateView

@Suite struct PaletteTests {
    func fitted(_ color: ThemeColor, _ depth: ColorDepth) -> TerminalColor {
        ColorFitter(depth: depth).fit(color)
    }

    @Test func rgbToTheNearest256Color() {
        // Pure red is cube (5,0,0) = 16 + 36 × 5 = 196.
        #expect(fitted(.rgb(255, 0, 0), .indexed256) == .indexed(196))
        // Grey 128 is grey ramp step 12 (8 + 10 × 12 = 128) = 232 + 12 = 244; the nearest cube grey is 135.
        #expect(fitted(.rgb(128, 128, 128), .indexed256) == .indexed(244))
        // #5f87af is exactly cube (1,2,3) = 16 + 36 + 12 + 3 = 67.
        #expect(fitted(.rgb(0x5f, 0x87, 0xaf), .indexed256) == .indexed(67))
        // Black is cube 16, not basic 0 (the basic 16 are left out at 256 colours).
        #expect(fitted(.rgb(0, 0, 0), .indexed256) == .indexed(16))
        #expect(fitted(.indexed(3), .indexed256) == .indexed(3))
    }

    @Test func rgbToTheNearestOf16() {
        #expect(fitted(.rgb(255, 0, 0), .sixteen) == .indexed(9))
        #expect(fitted(.rgb(0xcd, 0, 0), .sixteen) == .indexed(1))
        // Grey 128 is next to 8 (127,127,127).
        #expect(fitted(.rgb(128, 128, 128), .sixteen) == .indexed(8))
        // Orange #ffa500: to 3 (205,205,0) the distance is 50 red, 40 green; to 11 (255,255,0) 90 green;
        // redmean weighs 50² × 742/256 + 4 × 40² = 13646 against 4 × 90² = 32400.
        #expect(fitted(.rgb(255, 165, 0), .sixteen) == .indexed(3))
        // 256-colour index 196 is (255,0,0): bright red.
        #expect(fitted(.indexed(196), .sixteen) == .indexed(9))
    }

    @Test func rgbToTheNearestOf8() {
        #expect(fitted(.rgb(255, 0, 0), .eight) == .indexed(1))
        // Grey 128 is a grey: white (229) is nearer than black by redmean, 91768 against 147392.
        #expect(fitted(.rgb(128, 128, 128), .eight) == .indexed(7))
        // Index 12 is (92,92,255): blue 4 (0,0,238).
        #expect(fitted(.indexed(12), .eight) == .indexed(4))
        #expect(fitted(.indexed(5), .eight) == .indexed(5))
    }

    @Test func trueColorAndMonochrome() {
        #expect(fitted(.rgb(1, 2, 3), .trueColor) == .rgb(1, 2, 3))
        #expect(fitted(.indexed(141), .trueColor) == .indexed(141))
        #expect(fitted(.rgb(1, 2, 3), .monochrome) == .terminalDefault)
        #expect(fitted(.terminalDefault, .eight) == .terminalDefault)
    }

    @Test(arguments: ThemeCatalog.builtInNames, ColorDepth.allCases)
    func everyBuiltInThemeKeepsLevelsApart(name: String, depth: ColorDepth) {
        let theme = BuiltInThemes.named(name)
        let palette = Palette(theme: theme, depth: depth)
        let levels = [Role.ok, .watch, .alert].map { palette.resolve(Style($0)) }
        #expect(Set(levels).count == 3, "\(levels)")
        if depth == .monochrome {
            #expect(Set(levels.map(\.attributes)).count == 3)
        } else if theme.name != "monochrome" {
            #expect(Set(levels.map(\.foreground)).count == 3)
        }
        for role in [Role.text, .muted, .border, .title, .accent, .ok, .watch, .alert, .series(0)] {
            let cell = palette.resolve(Style(role))
            if cell.foreground != .terminalDefault {
                #expect(cell.foreground != cell.background, "\(role) on the background")
            }
        }
        let selected = palette.resolve(Style(.text, on: .selection))
        #expect(selected != palette.resolve(Style(.text)), "selection shows")
    }

    @Test func monochromeTellsRolesApartByAttributes() throws {
        let palette = Palette(theme: BuiltInThemes.named("default"), depth: .monochrome)
        #expect(palette.resolve(Style(.ok)) == ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: []))
        #expect(palette.resolve(Style(.watch)).attributes == .bold)
        #expect(palette.resolve(Style(.alert)).attributes == [.bold, .underline])
        #expect(palette.resolve(Style(.muted)).attributes == .dim)
        #expect(palette.resolve(Style(.text, on: .selection)).attributes == .reverse)
        #expect(palette.resolve(Style(.title, [.italic])).attributes == [.bold, .italic])
    }

    /// The default theme without its own 16- and 8-colour designs, as a user's theme may come.
    static var undesigned: Theme {
        var theme = BuiltInThemes.named("default")
        theme.colors16 = nil
        theme.colors8 = nil
        return theme
    }

    @Test func aThemeWithoutADesignDrawsOnTheTerminalsOwnColorsAndKeepsGreysGrey() throws {
        // At 8 colours the background and text are the terminal's own; muted #7f849c is
        // greyish, and 8 colours have no grey but black and white, so it is the terminal's
        // own too, and dimmed to stay apart. The selection is in reverse video.
        let palette = Palette(theme: Self.undesigned, depth: .eight)
        #expect(palette.color(.background) == .terminalDefault)
        #expect(palette.color(.text) == .terminalDefault)
        #expect(palette.color(.muted) == .terminalDefault)
        #expect(palette.resolve(Style(.muted)).attributes == .dim)
        #expect(palette.resolve(Style(.text, on: .selection))
                == ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: .reverse))
        // At 16 colours muted has grey 8 of its own.
        #expect(Palette(theme: Self.undesigned, depth: .sixteen).color(.muted) == .indexed(8))
    }

    /// On a field in reverse video, text takes the terminal's own colour (else its colour
    /// would become the field's) and its role reads by attributes.
    @Test func textOnAReversedSelectionReadsByAttributes() {
        let palette = Palette(theme: BuiltInThemes.named("default"), depth: .eight)
        #expect(palette.resolve(Style(.alert, on: .selection))
                == ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: [.reverse, .bold, .underline]))
        #expect(palette.resolve(Style(.title, on: .selection))
                == ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: [.reverse, .bold]))
        #expect(palette.resolve(Style(.muted, on: .selection)).attributes == [.reverse, .dim])
    }

    @Test func anIndexTheTerminalHasIsKeptAsChosenButNeverASaturatedField() {
        let theme = Theme(name: "indexed", background: .indexed(4), text: .indexed(3), muted: .rgb(128, 128, 128),
                          border: .indexed(8), title: .indexed(11), accent: .indexed(6), selection: .indexed(7),
                          ok: .indexed(2), watch: .indexed(3), alert: .indexed(1), series: [.indexed(5)])
        let palette = Palette(theme: theme, depth: .sixteen)
        #expect(palette.color(.background) == .terminalDefault, "blue behind text")
        #expect(palette.color(.selection) == .indexed(7))
        #expect([Role.text, .border, .title, .accent, .ok, .alert, .series(0)].map(palette.color)
                == [.indexed(3), .indexed(8), .indexed(11), .indexed(6), .indexed(2), .indexed(1), .indexed(5)])
        // At 8 colours 11 and 8 are beyond the palette: yellow #ffff00 is kept yellow, grey is the terminal's own.
        let eight = Palette(theme: theme, depth: .eight)
        #expect(eight.color(.title) == .indexed(3))
        #expect(eight.color(.border) == .terminalDefault)
    }

    @Test func pastelsKeepTheirHueOnBasicPalettes() {
        // Default theme at 8 colours. By distance alone the pink alert #f38ba8 is nearest white;
        // its hue is 360 − 60 × (168 − 139) / (243 − 139) ≈ 343°, nearest red (0°).
        let palette = Palette(theme: Self.undesigned, depth: .eight)
        #expect(palette.color(.alert) == .indexed(1))
        // Cream #f9e2af: hue 60 × (226 − 175) / (249 − 175) ≈ 41°, yellow (60°) before red (0°).
        #expect(palette.color(.watch) == .indexed(3))
        #expect(palette.color(.ok) == .indexed(2))
        // Soft blue #89b4fa: 240 − 60 × (180 − 137) / (250 − 137) ≈ 217°, blue (240°) before cyan (180°).
        #expect(palette.color(.accent) == .indexed(4))
        // At 16 colours the bright variant of the same hue is nearer.
        #expect(Palette(theme: Self.undesigned, depth: .sixteen).color(.alert) == .indexed(9))
    }

    @Test func levelsThatWouldCollideTakeTheNextNearest() {
        // Two reds: alert keeps red 1, watch takes the next nearest colour.
        let theme = Theme(name: "reds", background: .rgb(0, 0, 0), text: .rgb(255, 255, 255), muted: .rgb(128, 128, 128),
                          border: .rgb(128, 128, 128), title: .rgb(255, 255, 255), accent: .rgb(0, 0, 255),
                          selection: .rgb(0, 0, 128), ok: .rgb(0, 200, 0), watch: .rgb(220, 20, 20),
                          alert: .rgb(200, 0, 0), series: [.rgb(0, 0, 255)])
        let palette = Palette(theme: theme, depth: .eight)
        #expect(palette.color(.alert) == .indexed(1))
        #expect(palette.color(.watch) != .indexed(1))
        #expect(palette.color(.ok) == .indexed(2))
    }
}

@Suite struct ColorDepthTests {
    @Test(arguments: [
        (["COLORTERM": "truecolor", "TERM": "xterm-256color"], 256, ColorDepth.trueColor),
        (["COLORTERM": "24bit"], 8, .trueColor),
        (["NO_COLOR": "1", "COLORTERM": "truecolor"], 256, .monochrome),
        (["NO_COLOR": "", "TERM": "xterm"], 8, .eight),
        (["TERM": "xterm-256color"], 8, .indexed256),
        (["TERM": "tmux-256color"], 256, .indexed256),
        (["TERM": "xterm-16color"], 16, .sixteen),
        (["TERM": "xterm-direct"], 16_777_216, .trueColor),
        (["TERM": "linux"], 8, .eight),
        (["TERM": "vt100"], -1, .monochrome),
        ([:], 2, .monochrome),
    ] as [([String: String], Int, ColorDepth)])
    func detects(environment: [String: String], colors: Int, expected: ColorDepth) {
        #expect(ColorDepth.detect(environment: environment, colors: colors) == expected)
    }
}
