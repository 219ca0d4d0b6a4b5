import Foundation
import Testing
@testable import BurnrateView

@Suite struct ThemeTests {
    let valid = BuiltInThemeValues.definitions[0]

    @Test func readsColours() {
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
        #expect(theme.name == "default")
        #expect(theme.color(.ok) == .rgb(0xa6, 0xe3, 0xa1))
        #expect(theme.attributes == [.title: .bold])
        // Six series colours: series 7 is the second again.
        #expect(theme.color(.series(7)) == .rgb(0xfa, 0xb3, 0x87))
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
        let colour = "a colour: \"#rrggbb\", 0-255 or default"
        #expect(error { $0.colors["ok"] = nil } == ThemeError(field: "colors.ok", expected: colour, found: "nothing"))
        #expect(error { $0.colors["ok"] = "#12345" } == ThemeError(field: "colors.ok", expected: colour, found: "\"#12345\""))
        #expect(error { $0.colors["alert"] = 300 } == ThemeError(field: "colors.alert", expected: colour, found: "300"))
        #expect(error { $0.series[1] = "green" } == ThemeError(field: "colors.series[1]", expected: colour, found: "\"green\""))
        #expect(error { $0.series = [] }
            == ThemeError(field: "colors.series", expected: "a list of at least one colour", found: "nothing"))
        #expect(error { $0.colors["warning"] = "#ffffff" }?.description
            == "colors.warning: expected one of background, text, muted, border, title, accent, selection, ok, watch, alert, series, found warning")
        #expect(error { $0.attributes["title"] = ["bold", "blink"] }
            == ThemeError(field: "attributes.title", expected: "one of bold, dim, italic, underline, reverse", found: "blink"))
        #expect(error { $0.attributes["heading"] = ["bold"] }?.field == "attributes.heading")
    }

    @Test func builtInFilesSayTheSame() throws {
        #expect(BuiltInThemeFiles.all.map(\.name).sorted() == BuiltInThemeValues.definitions.map(\.name).sorted())
        for definition in BuiltInThemeValues.definitions {
            let file = try #require(BuiltInThemeFiles.all.first { $0.name == definition.name })
            let lines = Set(file.text.split(separator: "\n").map(String.init))
            #expect(lines.contains("name: \(definition.name)"))
            for (role, value) in definition.colors {
                #expect(lines.contains("  \(role): \(Self.yaml(value))"), "\(definition.name): \(role)")
            }
            #expect(lines.contains("  series: [\(definition.series.map(Self.yaml).joined(separator: ", "))]"), "\(definition.name)")
            for (role, names) in definition.attributes {
                #expect(lines.contains("  \(role): [\(names.joined(separator: ", "))]"), "\(definition.name): \(role)")
            }
        }
    }

    private static func yaml(_ value: ThemeDefinition.Value) -> String {
        switch value {
        case let .text(text): text == "default" ? text : "\"\(text)\""
        case let .number(number): "\(number)"
        }
    }

    @Test func colourblindLevelsDifferInLightness() throws {
        let theme = try #require(BuiltInThemeValues.themes.first { $0.name == "colorblind" })
        // CIE L*: sky blue ≈ 70, yellow ≈ 89, vermillion ≈ 54.
        let lightness = [Role.ok, .watch, .alert].map { Self.lightness(theme.color($0)) }
        #expect(abs(lightness[0] - 70) < 1 && abs(lightness[1] - 89) < 1 && abs(lightness[2] - 54) < 1)
        for (a, b) in [(0, 1), (1, 2), (0, 2)] {
            #expect(abs(lightness[a] - lightness[b]) >= 10)
        }
    }

    /// CIE L* of an sRGB colour: 116 · Y^(1/3) − 16 (Y above 0.009).
    static func lightness(_ color: ThemeColor) -> Double {
        guard case let .rgb(red, green, blue) = color else { return 0 }
        func linear(_ channel: UInt8) -> Double {
            let value = Double(channel) / 255
            return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return 116 * pow(luminance, 1.0 / 3) - 16
    }
}
