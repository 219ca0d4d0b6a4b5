import BurnrateModel
import BurnrateYAML
import Testing
@testable import BurnrateView

/// Config files, valid and broken, and the exact diagnostics each must produce.
@Suite struct ConfigLoaderTests {
    /// The built-in themes, a valid user theme "dusk" and a user theme "broken" with problems.
    static let themes = ThemeCatalog(userThemes: [
        ThemeCatalogTests.userFile("dusk", ok: "#00ff06"),
        ThemeCatalogTests.userFile("broken", ok: "#00ff0"),
    ])

    static func load(_ text: String) -> Result<Config, DiagnosticList> {
        Result { () throws(DiagnosticList) in try ConfigLoader.load(text: text, file: "c.yaml", themes: themes) }
    }

    static func diagnostics(_ text: String) -> [String] {
        guard case .failure(let list) = load(text) else { return [] }
        return list.diagnostics.map(\.description)
    }

    @Test(arguments: [
        ("theme: amber\n", Config(theme: "amber")),
        ("theme: dusk\n", Config(theme: "dusk")),
        ("theme:\n", Config()),
        ("", Config()),
        ("# theme: amber\n\n   # keys: {quit: x}\n", Config()),
    ])
    func valid(text: String, expected: Config) throws {
        #expect(try Self.load(text).get() == expected)
    }

    static let themeName = "expected a theme name (burnrate themes lists them)"

    @Test(arguments: [
        ("theme: ambr\n", [#"c.yaml:1:8: theme: \#(themeName), found "ambr" (did you mean "amber"?)"#]),
        ("theme: dsuk\n", [#"c.yaml:1:8: theme: \#(themeName), found "dsuk" (did you mean "dusk"?)"#]),
        ("theme: solarized\n", [#"c.yaml:1:8: theme: \#(themeName), found "solarized""#]),
        ("theme: broken\n", [#"c.yaml:1:8: theme: expected a theme that loads, found "broken" (its file has problems: burnrate themes lists them)"#]),
        ("theme: [amber]\n", ["c.yaml:1:8: theme: \(themeName), found a list"]),
        ("- theme\n", ["c.yaml:1:1: expected a mapping of config keys (theme, keys), found a list"]),
        ("theme: amber\ncolour: red\n", [#"c.yaml:2:1: colour: unknown key "colour"; expected one of theme, keys"#]),
        ("keyz: {}\ntheme: amber\ntheme: light\n", [#"c.yaml:1:1: keyz: unknown key "keyz" (did you mean "keys"?)"#,
                                                    #"c.yaml:3:1: theme: duplicate key "theme", first given at line 2"#]),
        ("theme: \"\\e[2J\"\n", [#"c.yaml:1:8: theme: \#(themeName), found "\x1B[2J""#]),
        ("theme: [\n", ["c.yaml:2:1: expected a value, found the end of the file"]),
    ])
    func broken(text: String, expected: [String]) {
        #expect(Self.diagnostics(text) == expected)
    }

    @Test(arguments: [
        (["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/u"], ConfigDirectory.Location.directory("/cfg/burnrate")),
        (["XDG_CONFIG_HOME": "", "HOME": "/home/u"], .directory("/home/u/.config/burnrate")),
        // The XDG specification: a relative path is invalid and ignored.
        (["XDG_CONFIG_HOME": "cfg", "HOME": "/home/u"], .directory("/home/u/.config/burnrate")),
        (["XDG_CONFIG_HOME": "/" + String(repeating: "a", count: 2040)], .tooLong(variable: "XDG_CONFIG_HOME")),
        (["XDG_CONFIG_HOME": "/" + String(repeating: "a", count: 2038)], .directory("/" + String(repeating: "a", count: 2038) + "/burnrate")),
        (["HOME": "/" + String(repeating: "a", count: 3000)], .tooLong(variable: "HOME")),
        ([:], ConfigDirectory.Location.none),
    ] as [([String: String], ConfigDirectory.Location)])
    func directory(environment: [String: String], expected: ConfigDirectory.Location) {
        #expect(ConfigDirectory.locate(environment: environment) == expected)
    }
}
