import Foundation
import Testing
@testable import BurnrateView

@Suite struct ThemeTests {
    let valid = ThemeDefinition(
        name: "test",
        colors: ["background": "#1e1e2e", "text": "#cdd6f4", "muted": "#7f849c", "border": "#585b70",
                 "title": "#b4befe", "accent": "#89b4fa", "selection": "#45475a", "ok": "#a6e3a1",
                 "watch": "#f9e2af", "alert": 203],
        series: ["#89b4fa", "#fab387", 141],
        attributes: ["title": ["bold"]])

    @Test func readsColors() {
        #expect(ThemeColor("#ff8000") == .rgb(255, 128, 0))
        #expect(ThemeColor("#1E1E2E") == .rgb(30, 30, 46))
        #expect(ThemeColor("default") == .terminalDefault)
        #expect(ThemeColor(index: 141) == .indexed(141))
        #expect(ThemeColor("#ff800") == nil)
        #expect(ThemeColor("#+12345") == nil)
        #expect(ThemeColor("red") == nil)
        #expect(ThemeColor(index: 256) == nil)
        #expect(ThemeColor.rgb(30, 30, 46).description == "#1e1e2e")
    }

    @Test func aDefinitionBecomesATheme() throws {
        let theme = try Theme(valid)
        #expect(theme.name == "test")
        #expect(theme.color(.ok) == .rgb(0xa6, 0xe3, 0xa1))
        #expect(theme.color(.alert) == .indexed(203))
        #expect(theme.attributes == [.title: .bold])
        // Three series colours: series 7 is the second again (7 mod 3 = 1), series -1 the last.
        #expect(theme.color(.series(7)) == .rgb(0xfa, 0xb3, 0x87))
        #expect(theme.color(.series(-1)) == .indexed(141))
    }

    @Test func saysWhichFieldIsWrongAndHow() {
        func error(_ change: (inout ThemeDefinition) -> Void) -> ThemeError? {
            var definition = valid
            change(&definition)
            do {
                _ = try Theme(definition)
                return nil
            } catch {
                return error
            }
        }
        let color = "a colour: \"#rrggbb\", 0-255 or default"
        #expect(error { $0.colors["ok"] = nil } == ThemeError(field: "colors.ok", expected: color, found: "nothing"))
        #expect(error { $0.colors["ok"] = "#12345" } == ThemeError(field: "colors.ok", expected: color, found: "\"#12345\""))
        #expect(error { $0.colors["alert"] = 300 } == ThemeError(field: "colors.alert", expected: color, found: "300"))
        #expect(error { $0.series[1] = "green" } == ThemeError(field: "colors.series[1]", expected: color, found: "\"green\""))
        #expect(error { $0.series = [] }
            == ThemeError(field: "colors.series", expected: "a list of at least one colour", found: "an empty list"))
        #expect(error { $0.colors["warning"] = "#ffffff" }?.description
            == "colors.warning: expected one of background, text, muted, border, title, accent, selection, ok, watch, alert, series, found \"warning\"")
        #expect(error { $0.attributes["title"] = ["bold", "blink"] }
            == ThemeError(field: "attributes.title", expected: "one of bold, dim, italic, underline, reverse", found: "\"blink\""))
        #expect(error { $0.attributes["heading"] = ["bold"] }?.field == "attributes.heading")
    }
}

/// Themes/*.yaml as the binary carries them: each loads, and each keeps the promises its
/// description makes.
@Suite struct BuiltInThemeTests {
    @Test func everyFileLoadsUnderItsOwnName() throws {
        #expect(Set(BuiltInThemeFiles.all.map(\.name)) == Set(ThemeCatalog.builtInNames))
        #expect(BuiltInThemeFiles.all.count == ThemeCatalog.builtInNames.count)
        for file in BuiltInThemeFiles.all {
            let theme = try ThemeLoader.load(text: file.text, file: "Themes/\(file.name).yaml")
            #expect(theme.name == file.name, "the name: field agrees with the file name")
            #expect(!theme.description.isEmpty, "\(file.name)")
            #expect(ThemeCatalog.builtIn.entry(named: file.name)?.theme == theme)
        }
    }

    @Test func theDefaultThemeReadsAsWritten() {
        // Themes/default.yaml: ok "#a6e3a1", six series colours, the second "#fab387", title bold.
        let theme = BuiltInThemes.named("default")
        #expect(theme.color(.ok) == .rgb(0xa6, 0xe3, 0xa1))
        #expect(theme.series.count == 6)
        #expect(theme.color(.series(1)) == .rgb(0xfa, 0xb3, 0x87))
        #expect(theme.attributes == [.title: .bold])
    }

    @Test func colorThemesPutTextAndLevelsOffTheBackground() {
        for theme in BuiltInThemes.all where theme.name != "monochrome" {
            let background = theme.color(.background)
            for role in [Role.text, .ok, .watch, .alert] {
                #expect(theme.color(role) != background, "\(theme.name): \(role)")
            }
            #expect(Set([Role.ok, .watch, .alert].map(theme.color)).count == 3, "\(theme.name)")
        }
    }

    @Test func theMonochromeThemeIsTheTerminalsOwnColorsWithTheMonochromeAttributes() {
        let theme = BuiltInThemes.named("monochrome")
        #expect(Set(theme.colors.values) == [.terminalDefault])
        #expect(theme.series == [.terminalDefault])
        // So it reads the same on a colour terminal as any theme does under NO_COLOR.
        #expect(theme.attributes == Palette.monochromeAttributes)
    }

    @Test func colorblindLevelsDifferInLightness() {
        let theme = BuiltInThemes.named("colorblind")
        // CIE L*: sky blue #56b4e9 ≈ 70, yellow #f0e442 ≈ 89, vermillion #d55e00 ≈ 54.
        let lightness = [Role.ok, .watch, .alert].map { Self.lightness(theme.color($0)) }
        #expect(abs(lightness[0] - 70) < 1 && abs(lightness[1] - 89) < 1 && abs(lightness[2] - 54) < 1)
        for (a, b) in [(0, 1), (1, 2), (0, 2)] {
            #expect(abs(lightness[a] - lightness[b]) >= 10)
        }
    }

    /// CIE L* of an sRGB colour: 116 · Y^(1/3) − 16 (Y above 0.009), Y the WCAG luminance.
    static func lightness(_ color: ThemeColor) -> Double {
        guard case let .rgb(red, green, blue) = color else { return 0 }
        let luminance = Contrast.luminance(RGB(red: Int(red), green: Int(green), blue: Int(blue)))
        return 116 * pow(luminance, 1.0 / 3) - 16
    }
}
