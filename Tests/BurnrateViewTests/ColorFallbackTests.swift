import Testing
@testable import BurnrateView

/// One theme, one style, every colour depth: what a cell becomes as the terminal offers less.
@Suite struct ColorFallbackTests {
    /// Default theme: background #11111b = (17,17,27), ok #a6e3a1 = (166,227,161), alert
    /// #f38ba8 = (243,139,168). Distances are redmean: ((512 + r̄)·Δr²)>>8 + 4·Δg² + ((767 − r̄)·Δb²)>>8.
    @Test(arguments: [
        (ColorDepth.trueColor, ResolvedStyle(foreground: .rgb(243, 139, 168), background: .rgb(17, 17, 27), attributes: [])),
        // Alert: nearest cube levels 255, 135, 175 → (5,2,3) = 16 + 36·5 + 6·2 + 3 = 211, distance
        // 428 + 64 + 99 = 591; (4,2,3) = (215,135,175) is 2269 + 64 + 99 away.
        // Background: greys 8 (232), 18 (233) and 28 (234) against (17,17,27): 165 + 324 + 1064
        // = 1553, 2 + 4 + 237 = 243 and 252 + 484 + 2 = 738, so 233.
        (.indexed256, ResolvedStyle(foreground: .indexed(211), background: .indexed(233), attributes: [])),
        // At 16 and 8 colours the theme's own design: bright red and red on the terminal's own
        // background (Themes/default.yaml colors16 and colors8).
        (.sixteen, ResolvedStyle(foreground: .indexed(9), background: .terminalDefault, attributes: [])),
        (.eight, ResolvedStyle(foreground: .indexed(1), background: .terminalDefault, attributes: [])),
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

/// Every built-in theme at 16 and 8 colours, as drawn: the designs in Themes/*.yaml, checked
/// role by role (a colour is an ANSI index or `default`; `+attributes` are added ones).
@Suite struct FittedPaletteTests {
    static func describe(_ palette: Palette) -> String {
        let roles: [(String, Role)] = [
            ("background", .background), ("text", .text), ("muted", .muted), ("border", .border), ("title", .title),
            ("accent", .accent), ("selection", .selection), ("ok", .ok), ("watch", .watch), ("alert", .alert),
        ]
        let name = { (color: TerminalColor) -> String in
            switch color {
            case .terminalDefault: "default"
            case .indexed(let index): "\(index)"
            case let .rgb(red, green, blue): "rgb(\(red),\(green),\(blue))"
            }
        }
        let attributeNames: [(TextAttributes, String)] = [(.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse")]
        let described = roles.map { label, role in
            let style = role == .selection ? Style(.text, on: .selection) : Style(role)
            let resolved = palette.resolve(style)
            let color = name(role == .selection || role == .background ? resolved.background : resolved.foreground)
            let added = attributeNames.filter { resolved.attributes.contains($0.0) }.map { "+" + $0.1 }.joined()
            return "\(label) \(color)\(added)"
        }
        let series = (0..<palette.theme.series.count).map { name(palette.color(.series($0))) }.joined(separator: ",")
        return (described + ["series \(series)"]).joined(separator: "; ")
    }

    @Test(arguments: [
        ("default", ColorDepth.sixteen,
         "background default; text default; muted 8; border 8; title 12+bold; accent 14; selection default+reverse; ok 2; watch 3; alert 9; series 12,3,13,6,5,14"),
        ("default", .eight,
         "background default; text default; muted default+dim; border default+dim; title 6+bold; accent 6; selection default+reverse; ok 2; watch 3; alert 1; series 6,3,5,2,1,7"),
        ("light", .sixteen,
         "background default; text default; muted 8; border 8; title 4+bold; accent 4; selection default+reverse; ok 2; watch 5; alert 1; series 4,1,5,6,2,8"),
        ("light", .eight,
         "background default; text default; muted default+dim; border default+dim; title 4+bold; accent 4; selection default+reverse; ok 2; watch 5; alert 1; series 4,1,5,6,2,4"),
        ("amber", .sixteen,
         "background default; text 3; muted 3+dim; border 3+dim; title 11+bold; accent 11; selection default+reverse; ok 3; watch 11+bold; alert 9+bold+underline; series 3,11,1,9,8,7"),
        ("amber", .eight,
         "background default; text 3; muted 3+dim; border 3+dim; title 3+bold; accent 3; selection default+reverse; ok 3; watch 7+bold; alert 1+bold+underline; series 3,1,7,5,3,1"),
        ("high-contrast", .sixteen,
         "background default; text 15; muted 7; border 15+dim; title 11+bold; accent 14; selection default+bold+reverse; ok 10; watch 11+bold; alert 9+bold; series 14,13,11,10,1,15"),
        ("high-contrast", .eight,
         "background default; text 7; muted 7+dim; border 7+dim; title 3+bold; accent 6; selection default+bold+reverse; ok 2; watch 3+bold; alert 1+bold; series 6,5,3,2,1,7"),
        ("colorblind", .sixteen,
         "background default; text default; muted 8; border 8; title default+bold; accent 5; selection default+reverse; ok 14; watch 11; alert 1+bold+underline; series 3,14,2,11,4,1,5"),
        ("colorblind", .eight,
         "background default; text default; muted default+dim; border default+dim; title default+bold; accent 5; selection default+reverse; ok 6; watch 3; alert 1+bold+underline; series 3,6,2,4,1,5,3"),
        ("monochrome", .sixteen,
         "background default; text default; muted default+dim; border default+dim; title default+bold; accent default+bold; selection default+reverse; ok default; watch default+bold; alert default+bold+underline; series default"),
        ("monochrome", .eight,
         "background default; text default; muted default+dim; border default+dim; title default+bold; accent default+bold; selection default+reverse; ok default; watch default+bold; alert default+bold+underline; series default"),
    ])
    func golden(theme: String, depth: ColorDepth, expected: String) {
        #expect(Self.describe(Palette(theme: BuiltInThemes.named(theme), depth: depth)) == expected)
    }

    /// Whatever is drawn on the background or the selection, the field behind it is the
    /// terminal's own colour or a neutral one, never a saturated colour; reverse video too
    /// (it would turn the text's colour into the field's).
    @Test(arguments: ThemeCatalog.builtInNames, [ColorDepth.sixteen, .eight])
    func noSaturatedFieldBehindText(theme: String, depth: ColorDepth) {
        let palette = Palette(theme: BuiltInThemes.named(theme), depth: depth)
        let quiet: [TerminalColor] = [.terminalDefault, .indexed(0), .indexed(7), .indexed(8), .indexed(15)]
        for field in [Role.background, .selection] {
            for role in [Role.text, .muted, .border, .title, .accent, .ok, .watch, .alert, .series(0), .series(1)] {
                let resolved = palette.resolve(Style(role, on: field))
                #expect(quiet.contains(resolved.background), "\(role) on \(field)")
                if resolved.attributes.contains(.reverse) {
                    #expect(quiet.contains(resolved.foreground), "\(role) reversed on \(field)")
                }
            }
        }
    }
}
