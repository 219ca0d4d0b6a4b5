import Testing
@testable import BurnrateView

/// One theme, one style, every colour depth: what a cell becomes as the terminal offers less.
@Suite struct ColourFallbackTests {
    /// Default theme: background #1e1e2e = (30,30,46), ok #a6e3a1 = (166,227,161), alert
    /// #f38ba8 = (243,139,168). Distances are redmean: ((512 + r̄)·Δr²)>>8 + 4·Δg² + ((767 − r̄)·Δb²)>>8.
    @Test(arguments: [
        (ColorDepth.trueColor, ResolvedStyle(foreground: .rgb(243, 139, 168), background: .rgb(30, 30, 46), attributes: [])),
        // Alert: nearest cube levels 255, 135, 175 → (5,2,3) = 16 + 36·5 + 6·2 + 3 = 211, distance
        // 428 + 64 + 99 = 591; (4,2,3) = (215,135,175) is 2269 + 64 + 99 away.
        // Background: greys 28 (234) and 38 (235) against (30,30,46): 8 + 16 + 934 = 958 and
        // 136 + 256 + 183 = 575, so 235.
        (.indexed256, ResolvedStyle(foreground: .indexed(211), background: .indexed(235), attributes: [])),
        // Alert is not greyish (243 − 139 = 104 > 48): hue 360 − 60·(168 − 139)/(243 − 139) ≈ 343°,
        // 17° from red 1 and bright red 9; by distance 9 (134821) beats 1 (141301).
        // Background is greyish (46 − 30 = 16): black 0 is the nearest grey.
        (.sixteen, ResolvedStyle(foreground: .indexed(9), background: .indexed(0), attributes: [])),
        // Only one red at 8 colours.
        (.eight, ResolvedStyle(foreground: .indexed(1), background: .indexed(0), attributes: [])),
        // No colour at all: alert is bold and underlined.
        (.monochrome, ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault, attributes: [.bold, .underline])),
    ])
    func alert(depth: ColorDepth, expected: ResolvedStyle) {
        #expect(Palette(theme: BuiltInThemes.named("default"), depth: depth).resolve(Style(.alert)) == expected)
    }

    @Test(arguments: [
        (ColorDepth.trueColor, TerminalColor.rgb(166, 227, 161), TextAttributes()),
        // Cube levels 175, 215, 175 → (3,4,3) = 16 + 108 + 24 + 3 = 151, distance 215 + 576 + 457
        // = 1248; (3,5,3) is 215 + 3136 + 457 and (3,4,2) 215 + 576 + 1576 away.
        (.indexed256, .indexed(151), []),
        // Hue 120 − 60·(166 − 161)/(227 − 161) ≈ 115°: green 2 and bright green 10 are both at
        // 120°; by distance 2 (64046 + 1936 + 69257) beats 10 (64046 + 3136 + 69257).
        (.sixteen, .indexed(2), []),
        (.eight, .indexed(2), []),
        // Ok is plain in monochrome: watch and alert are the ones marked.
        (.monochrome, .terminalDefault, []),
    ] as [(ColorDepth, TerminalColor, TextAttributes)])
    func ok(depth: ColorDepth, foreground: TerminalColor, attributes: TextAttributes) {
        let resolved = Palette(theme: BuiltInThemes.named("default"), depth: depth).resolve(Style(.ok))
        #expect(resolved.foreground == foreground)
        #expect(resolved.attributes == attributes)
    }

    /// NO_COLOR wins over what the terminal reports, and the user's colour theme is then drawn
    /// with attributes alone: not one colour sequence reaches the terminal.
    @Test func noColorDrawsTheChosenThemeWithAttributesAlone() throws {
        let environment = ["NO_COLOR": "1", "COLORTERM": "truecolor", "TERM": "xterm-256color"]
        let depth = ColorDepth.detect(environment: environment, colors: 256)
        #expect(depth == .monochrome)
        let palette = Palette(theme: try ThemeCatalog.builtIn.resolve("default"), depth: depth)
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("✓", x: 0, y: 0, style: Style(.ok))
        canvas.put("!", x: 1, y: 0, style: Style(.watch))
        canvas.put("✗", x: 2, y: 0, style: Style(.alert))
        canvas.put("s", x: 3, y: 0, style: Style(.text, on: .selection))
        // ok plain; watch bold (1); alert adds underline (4); the selection drops both, so a
        // reset (0) and reverse (7); a reset at the end.
        #expect(CanvasRenderer.ansi(canvas, palette: palette) == "✓\u{1B}[1m!\u{1B}[4m✗\u{1B}[0;7ms\u{1B}[0m")
    }
}
