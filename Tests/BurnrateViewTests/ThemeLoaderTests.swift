import BurnrateModel
import Testing
@testable import BurnrateView
import BurnrateYAML

/// Theme files, valid and broken, and the exact diagnostics each must produce.
@Suite struct ThemeLoaderTests {
    /// A small valid theme; each case changes a few lines of it. Line numbers are 1-based.
    static let valid = [
        "name: mini",                              // 1
        "description: A test theme.",              // 2
        "colors:",                                 // 3
        "  background: \"#000000\"",               // 4
        "  text: \"#FFFFFF\"",                     // 5
        "  muted: 244",                            // 6
        "  border: 240",                           // 7
        "  title: \"#ffff00\"",                    // 8
        "  accent: default",                       // 9
        "  selection: \"#0000ff\"",                // 10
        "  ok: \"#00ff00\"",                       // 11
        "  watch: \"#ffff00\"",                    // 12
        "  alert: \"#ff0000\"",                    // 13
        "  series: [\"#00ffff\", 141]",            // 14
        "attributes:",                             // 15
        "  title: [bold]",                         // 16
        "  alert: [bold, underline]",              // 17
    ]

    /// The valid theme with lines replaced (by several lines, or by none to delete them).
    static func changed(_ replacements: [Int: [String]]) -> String {
        valid.enumerated().flatMap { replacements[$0.offset + 1] ?? [$0.element] }.joined(separator: "\n") + "\n"
    }

    static func diagnostics(_ text: String, file: String = "t.yaml") -> [String] {
        do {
            _ = try ThemeLoader.load(text: text, file: file)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    static let color = ##"a colour: "#rrggbb", 0-255 or default"##

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "the valid base loads", text: changed([:]), expected: []),
        Case(name: "a hex colour one digit short", text: changed([11: [##"  ok: "#12345""##]]),
             expected: [##"t.yaml:11:7: colors.ok: expected \##(color), found "#12345""##]),
        Case(name: "an index above 255", text: changed([13: ["  alert: 300"]]),
             expected: ["t.yaml:13:10: colors.alert: expected \(color), found 300"]),
        Case(name: "a negative index", text: changed([6: ["  muted: -1"]]),
             expected: ["t.yaml:6:10: colors.muted: expected \(color), found -1"]),
        Case(name: "a colour by name", text: changed([5: ["  text: red"]]),
             expected: [##"t.yaml:5:9: colors.text: expected \##(color), found "red""##]),
        // Unquoted, "# …" is a comment and the value is nothing; libyaml places the empty value
        // just after the colon.
        Case(name: "an unquoted hex colour", text: changed([11: ["  ok: #00ff00"]]),
             expected: [##"t.yaml:11:6: colors.ok: expected \##(color), found nothing (quote "#rrggbb" colours: an unquoted # starts a comment)"##]),
        Case(name: "a list where a colour belongs", text: changed([8: ["  title: [1, 2]"]]),
             expected: ["t.yaml:8:10: colors.title: expected \(color), found a list"]),
        Case(name: "colours spelt the British way", text: changed([3: ["colours:"]]),
             // "colors" is not reported missing as well: the misspelling is the cause.
             expected: [##"t.yaml:3:1: colours: unknown key "colours" (did you mean "colors"?)"##]),
        Case(name: "a misspelt role", text: changed([13: [##"  allert: "#ff0000""##]]),
             expected: [##"t.yaml:13:3: colors.allert: unknown key "allert" (did you mean "alert"?)"##]),
        Case(name: "a role left out", text: changed([12: []]),
             expected: [##"t.yaml:4:3: colors: missing required key "watch""##]),
        Case(name: "a role given twice", text: changed([12: [##"  ok: "#00ff00""##]]),
             expected: [##"t.yaml:4:3: colors: missing required key "watch""##,
                        ##"t.yaml:12:3: colors.ok: duplicate key "ok", first given at line 11"##]),
        Case(name: "an empty series", text: changed([14: ["  series: []"]]),
             expected: ["t.yaml:14:11: colors.series: expected a list of at least one colour, found an empty list"]),
        Case(name: "one colour where the series list belongs", text: changed([14: [##"  series: "#00ffff""##]]),
             expected: [##"t.yaml:14:11: colors.series: expected a list of colours, found "#00ffff""##]),
        Case(name: "a bad colour in the series", text: changed([14: [##"  series: ["#00ffff", green, 256]"##]]),
             expected: [##"t.yaml:14:23: colors.series[1]: expected \##(color), found "green""##,
                        "t.yaml:14:30: colors.series[2]: expected \(color), found 256"]),
        Case(name: "colors as a list", text: changed([4: ["  - 1"], 5: [], 6: [], 7: [], 8: [], 9: [], 10: [], 11: [], 12: [], 13: [], 14: []]),
             expected: ["t.yaml:4:3: colors: expected a mapping, found a list"]),
        Case(name: "a misspelt attribute", text: changed([16: ["  title: [blod]"]]),
             expected: [##"t.yaml:16:11: attributes.title[0]: expected one of bold, dim, italic, underline, reverse, found "blod" (did you mean "bold"?)"##]),
        Case(name: "an attribute of a role that does not exist", text: changed([16: ["  titel: [bold]"]]),
             expected: [##"t.yaml:16:3: attributes.titel: unknown key "titel" (did you mean "title"?)"##]),
        Case(name: "one attribute without a list", text: changed([16: ["  title: bold"]]),
             expected: [##"t.yaml:16:10: attributes.title: expected a list, found "bold""##]),
        Case(name: "a name that is not text", text: changed([1: ["name: {a: 1}"]]),
             expected: ["t.yaml:1:7: name: expected text, found a mapping"]),
        Case(name: "every problem at once, in file order",
             text: changed([11: [##"  ok: "#12345""##], 13: ["  alert: 300"], 16: ["  title: [blink]"]]),
             expected: [##"t.yaml:11:7: colors.ok: expected \##(color), found "#12345""##,
                        "t.yaml:13:10: colors.alert: expected \(color), found 300",
                        ##"t.yaml:16:11: attributes.title[0]: expected one of bold, dim, italic, underline, reverse, found "blink""##]),
        Case(name: "problems in attributes when colors is missing", text: changed([3: [], 4: [], 5: [], 6: [], 7: [], 8: [], 9: [], 10: [], 11: [], 12: [], 13: [], 14: [], 16: ["  title: [blod]"]]),
             expected: [##"t.yaml:1:1: missing required key "colors""##,
                        ##"t.yaml:4:11: attributes.title[0]: expected one of bold, dim, italic, underline, reverse, found "blod" (did you mean "bold"?)"##]),
        Case(name: "a list at the top", text: "- name: mini\n",
             expected: ["t.yaml:1:1: expected a mapping of theme keys (name, description, colors, attributes), found a list"]),
        Case(name: "malformed YAML", text: changed([14: [##"  series: ["#00ffff", 141"##]]),
             // libyaml gives up on the list at the next key's ':'; the mistake is where it opened.
             expected: [##"t.yaml:14:11: expected a "]" to close the list opened here with "[", found none before line 15"##]),
        Case(name: "a deck given as a theme", text: "title: Deck\nslides: []\n",
             expected: [##"t.yaml:1:1: expected a theme file, found a deck (it has "slides:"); check a deck with burnrate deck check FILE"##]),
        Case(name: "an empty file", text: "", expected: ["t.yaml: the file is empty"]),
        Case(name: "only comments", text: "# burnrate theme\n\n# nothing yet\n",
             expected: ["t.yaml: the file holds no YAML value, only blank lines or comments"]),
        Case(name: "a binary file", text: "colors:\u{0}\u{1}\u{2}", expected: ["t.yaml: expected a text file, found NUL bytes"]),
    ]

    /// The valid theme with a `colors8:` section after it (lines 18-29), changed as given.
    static func withColors8(_ replacements: [Int: [String]] = [:]) -> String {
        let section = [
            "colors8:",                                // 18
            "  background: default",                   // 19
            "  text: default",                         // 20
            "  muted: default",                        // 21
            "  border: default",                       // 22
            "  title: yellow",                         // 23
            "  accent: cyan",                          // 24
            "  selection: reverse",                    // 25
            "  ok: green",                             // 26
            "  watch: yellow",                         // 27
            "  alert: red",                            // 28
            "  series: [cyan, 5]",                     // 29
        ]
        return changed([:]) + section.enumerated().flatMap { replacements[$0.offset + 18] ?? [$0.element] }
            .joined(separator: "\n") + "\n"
    }

    static let ansi8 = "an ANSI colour (black … white, 0-7), default or reverse"

    static let fallbackCases: [Case] = [
        Case(name: "a colors8 section loads", text: withColors8(), expected: []),
        Case(name: "a bright colour at 8 colours", text: withColors8([23: ["  title: bright-yellow"]]),
             expected: [##"t.yaml:23:10: colors8.title: expected \##(ansi8), found "bright-yellow" (8 colours have no bright ones)"##]),
        Case(name: "a misspelt colour", text: withColors8([24: ["  accent: cyna"]]),
             expected: [##"t.yaml:24:11: colors8.accent: expected \##(ansi8), found "cyna" (did you mean "cyan"?)"##]),
        Case(name: "an index beyond 8 colours", text: withColors8([29: ["  series: [cyan, 9]"]]),
             expected: [##"t.yaml:29:18: colors8.series[1]: expected \##(ansi8), found "9" (8 colours have no bright ones)"##]),
        Case(name: "a saturated colour behind text", text: withColors8([25: ["  selection: blue"]]),
             expected: [##"t.yaml:25:14: colors8.selection: expected default, reverse, black, white (no saturated colour behind text), found "blue""##]),
        Case(name: "a role left out and an empty series", text: withColors8([21: [], 29: ["  series: []"]]),
             expected: [##"t.yaml:19:3: colors8: missing required key "muted""##,
                        "t.yaml:28:11: colors8.series: expected a list of at least one colour, found an empty list"]),
        Case(name: "a colors16 section with a bright background", text: withColors8([18: ["colors16:"], 19: ["  background: bright-red"]]),
             expected: [##"t.yaml:19:15: colors16.background: expected default, reverse, black, white, bright-black, bright-white (no saturated colour behind text), found "bright-red""##]),
    ]

    @Test(arguments: fallbackCases)
    func diagnosesDesignsForFewerColors(_ testCase: Case) {
        #expect(Self.diagnostics(testCase.text) == testCase.expected)
    }

    @Test func readsADesignForEightColors() throws {
        let theme = try ThemeLoader.load(text: Self.withColors8(), file: "t.yaml")
        #expect(theme.colors16 == nil)
        #expect(theme.colors8 == ThemeFallback(colors: [
            .background: .terminalDefault, .text: .terminalDefault, .muted: .terminalDefault, .border: .terminalDefault,
            .title: .ansi(3), .accent: .ansi(6), .selection: .reverse, .ok: .ansi(2), .watch: .ansi(3), .alert: .ansi(1),
        ], series: [.ansi(6), .ansi(5)]))
    }

    @Test(arguments: cases)
    func diagnoses(_ testCase: Case) {
        #expect(Self.diagnostics(testCase.text) == testCase.expected)
    }

    @Test func readsEveryValueOfTheValidTheme() throws {
        let theme = try ThemeLoader.load(text: Self.changed([:]), file: "t.yaml")
        #expect(theme.name == "mini")
        #expect(theme.description == "A test theme.")
        #expect(theme.colors == [
            .background: .rgb(0, 0, 0), .text: .rgb(255, 255, 255), .muted: .indexed(244), .border: .indexed(240),
            .title: .rgb(255, 255, 0), .accent: .terminalDefault, .selection: .rgb(0, 0, 255),
            .ok: .rgb(0, 255, 0), .watch: .rgb(255, 255, 0), .alert: .rgb(255, 0, 0),
        ])
        #expect(theme.series == [.rgb(0, 255, 255), .indexed(141)])
        #expect(theme.attributes == [.title: .bold, .alert: [.bold, .underline]])
    }

    @Test func aThemeWithoutANameIsNamedAfterItsFile() throws {
        let text = Self.changed([1: [], 2: [], 15: [], 16: [], 17: []])
        let theme = try ThemeLoader.load(text: text, file: "/home/u/.config/burnrate/themes/dusk.yaml")
        #expect(theme.name == "dusk")
        #expect(theme.description == "")
        #expect(theme.attributes == [:])
        #expect(ThemeLoader.name(ofFile: "themes/old.yml") == "old")
        #expect(ThemeLoader.name(ofFile: "plain") == "plain")
        #expect(ThemeLoader.name(ofFile: ".yaml") == ".yaml")
    }

    @Test func aFileThatCannotBeRead() {
        #expect(throws: DiagnosticList([Diagnostic(file: "/no/such/theme.yaml", line: 0, column: 0, path: "",
                                                   message: "cannot read the file: No such file or directory")])) {
            try ThemeLoader.load(contentsOf: "/no/such/theme.yaml")
        }
    }
}
