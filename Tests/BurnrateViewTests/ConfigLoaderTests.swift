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
        ("- theme\n", ["c.yaml:1:1: expected a mapping of config keys (theme, keys, layouts, alerts), found a list"]),
        ("theme: amber\ncolour: red\n", [#"c.yaml:2:1: colour: unknown key "colour"; expected one of theme, keys, layouts, alerts"#]),
        ("keyz: {}\ntheme: amber\ntheme: light\n", [#"c.yaml:1:1: keyz: unknown key "keyz" (did you mean "keys"?)"#,
                                                    #"c.yaml:3:1: theme: duplicate key "theme", first given at line 2"#]),
        ("theme: \"\\e[2J\"\n", [#"c.yaml:1:8: theme: \#(themeName), found "\x1B[2J""#]),
        ("theme: [\n", ["c.yaml:2:1: expected a value, found the end of the file"]),
    ])
    func broken(text: String, expected: [String]) {
        #expect(Self.diagnostics(text) == expected)
    }

    /// Giving quit the key x: x quits in every mode that has quit, and is taken from the what-if
    /// panel's remove-preset, which keeps its other keys; q no longer quits; a prompt, where x is
    /// a letter typed, keeps its built-in Ctrl-C.
    @Test func rebindingReplacesAnActionsKeysInEveryMode() throws {
        let config = try Self.load("keys:\n  quit: x\n  next-theme: [T, f5]\n").get()
        for mode in [KeyMode.dashboard, .explain, .whatIf, .compare, .presentation, .notes] {
            #expect(config.keymap[mode].keys(.quit) == [.character("x")], "\(mode)")
            #expect(config.keymap[mode].action(for: .character("q")) == nil, "\(mode)")
        }
        #expect(config.keymap[.palette].keys(.quit) == [.ctrl("c")])
        #expect(config.keymap[.whatIf].keys(.removePreset) == [.delete, .backspace])
        #expect(config.keymap[.dashboard].keys(.nextTheme) == [.character("T"), .function(5)])
        #expect(config.taken.map(\.description) == ["x now does quit in the what-if keys, no longer remove-preset"])
        #expect(config.keymap[.dashboard].keys(.zoom) == Keymap.defaults[.dashboard].keys(.zoom))
    }

    static let keyName = "expected a key name (a single character such as q or ?, or one of ctrl-LETTER, f1 to f63, tab, "
        + "shift-tab, enter, esc, space, backspace, up, down, left, right, pgup, pgdn, home, end, insert, delete)"

    @Test(arguments: [
        ("keys:\n  quitt: x\n", [#"c.yaml:2:3: keys.quitt: unknown action "quitt" (did you mean "quit"?)"#]),
        ("keys: {frobnicate: x}\n", [#"c.yaml:1:8: keys.frobnicate: unknown action "frobnicate"; burnrate keys lists them"#]),
        ("keys:\n  zoom: ctlr-z\n", [#"c.yaml:2:9: keys.zoom: \#(keyName), found "ctlr-z" (did you mean "ctrl-z"?)"#]),
        ("keys:\n  help: [\"?\", pgdown]\n", [#"c.yaml:2:15: keys.help[1]: \#(keyName), found "pgdown""#]),
        ("keys:\n  focus-next: ctrl-i\n", [#"c.yaml:2:15: keys.focus-next: "ctrl-i" reaches burnrate as tab: write tab"#]),
        // A key given to two actions that share a mode, reported once at the later one with every mode they share.
        ("keys:\n  quit: [x, ctrl-c]\n  next-theme: x\n", ["c.yaml:3:15: keys.next-theme: x is bound to both next-theme and quit in the dashboard keys"]),
        ("keys:\n  back: x\n  quit: [ctrl-c, x]\n",
         ["c.yaml:3:18: keys.quit[1]: x is bound to both back and quit in the dashboard, explain, what-if, compare, simulation, league and save-overwrite keys"]),
        ("keys: [quit]\n", ["c.yaml:1:7: keys: expected a mapping of actions to keys, such as {quit: [q, ctrl-c]}, found a list"]),
        ("keys:\n  quit: {x: 1}\n", ["c.yaml:2:9: keys.quit: expected a key or a list of keys, such as q or [q, ctrl-c], found a mapping"]),
        ("keys:\n  quit: [[x]]\n", ["c.yaml:2:10: keys.quit[0]: expected a key name, such as q, ctrl-c or f5, found a list"]),
        ("keys:\n  quit: []\n", ["c.yaml:2:9: keys.quit: expected at least one key, found none"]),
        ("keys:\n  quit:\n", ["c.yaml:2:8: keys.quit: expected at least one key, found none"]),
        ("keys:\n  quit: [a, b, c, d, e, f, g, i, k]\n", ["c.yaml:2:9: keys.quit: expected at most 8 keys, found 9"]),
        ("keys:\n  quit: x\n  quit: y\n", [#"c.yaml:3:3: keys.quit: duplicate key "quit", first given at line 2"#]),
        // Every problem at once: the misspelt action does not hide the conflict of the others.
        ("theme: ambr\nkeys:\n  quitt: y\n  zoom: x\n  quit: x\n", [
            #"c.yaml:1:8: theme: \#(themeName), found "ambr" (did you mean "amber"?)"#,
            #"c.yaml:3:3: keys.quitt: unknown action "quitt" (did you mean "quit"?)"#,
            "c.yaml:5:9: keys.quit: x is bound to both zoom and quit in the dashboard keys",
        ]),
    ])
    func brokenKeys(text: String, expected: [String]) {
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
