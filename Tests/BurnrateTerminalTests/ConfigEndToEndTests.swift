import Foundation
import Testing

/// The dashboard with a config file: the theme it starts with and the keys it answers, and a
/// config with problems, which is reported and not used.
@Suite("Config end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ConfigEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    /// A shell in tmux whose XDG_CONFIG_HOME holds burnrate/config.yaml with `config`, having
    /// started the dashboard with standard error going to `errors` in that folder.
    private func startDashboard(config: String, arguments: String = "") throws -> (Tmux, home: URL) {
        let (tmux, home) = try start(config: config, arguments: arguments)
        try tmux.waitFor("? help")
        return (tmux, home)
    }

    /// `burnrate ARGUMENTS` started as `startDashboard` does, before its first frame.
    private func start(config: String, arguments: String) throws -> (Tmux, home: URL) {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("burnrate"), withIntermediateDirectories: true)
        try Data(config.utf8).write(to: home.appendingPathComponent("burnrate/config.yaml"))
        let tmux = try Tmux(width: 160, height: 48, command: "/bin/sh",
                            environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": home.path])
        try tmux.typeLine("cd '\(home.path)'; '\(binary)' \(arguments) 2>errors; echo \"EXIT=$?\"")
        return (tmux, home)
    }

    @Test func theConfigsThemeIsTheOneTheDashboardStartsWith() throws {
        let (tmux, home) = try startDashboard(config: "theme: amber\n")
        defer { try? FileManager.default.removeItem(at: home) }
        // t moves on from the theme in use: amber comes before high-contrast.
        try tmux.press("t")
        try tmux.waitFor("theme: high-contrast")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")

        try tmux.typeLine("clear; '\(try #require(Self.binary))' --theme light; echo \"EXIT=$?\"")
        try tmux.waitFor("? help")
        try tmux.press("t")
        try tmux.waitFor("theme: amber")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.expectShellUsable(gone: "Multi-cloud capacity")
    }

    /// quit bound to x: the footer says so, q no longer quits, x does, and the shell is clean.
    @Test func quitBoundToXQuitsOnX() throws {
        let (tmux, home) = try startDashboard(config: "keys: {quit: x}\n")
        defer { try? FileManager.default.removeItem(at: home) }
        try tmux.waitFor("x quit")
        try tmux.press("q")
        try tmux.press("t")
        // Keys are read in order: once t has been answered, q has been read and did nothing.
        let screen = try tmux.waitFor("theme: light")
        #expect(!screen.contains("EXIT="))
        try tmux.press("x")
        try tmux.waitFor("EXIT=0")
        try tmux.expectShellUsable(gone: "Multi-cloud capacity")
        #expect(try String(contentsOf: home.appendingPathComponent("errors"), encoding: .utf8) == "")
    }

    /// The presentation and the notes view take their keys from the config too.
    @Test func thePresentationAndTheNotesTakeTheConfigsKeys() throws {
        let config = "keys: {quit: x, next-slide: n}\n"
        let (presenting, home) = try start(config: config, arguments: "present")
        defer { try? FileManager.default.removeItem(at: home) }
        try presenting.waitFor("1/13")
        try presenting.press("n")
        try presenting.waitFor("2/13")
        try presenting.press("x")
        try presenting.waitFor("EXIT=0")
        try presenting.expectShellUsable(gone: "2/13")

        let (notes, notesHome) = try start(config: config, arguments: "notes")
        defer { try? FileManager.default.removeItem(at: notesHome) }
        try notes.waitFor("waiting for")
        try notes.press("x")
        try notes.waitFor("EXIT=0")
        try notes.expectShellUsable(gone: "waiting for")
    }

    @Test func aBrokenConfigIsReportedAndTheDefaultsAreUsed() throws {
        let (tmux, home) = try startDashboard(config: "theme: ambr\nkeys:\n  quitt: x\n  zoom: x\n  next-theme: x\n  help: pgdown\n")
        defer { try? FileManager.default.removeItem(at: home) }
        try tmux.waitFor("the config has problems, so none of it is used: burnrate config check")
        try tmux.press("t")
        try tmux.waitFor("theme: light")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.expectShellUsable(gone: "Multi-cloud capacity")
        let errors = try String(contentsOf: home.appendingPathComponent("errors"), encoding: .utf8)
        let file = home.path + "/burnrate/config.yaml"
        #expect(errors == """
            \(file):1:8: theme: expected a theme name (burnrate themes lists them), found "ambr" (did you mean "amber"?)
            \(file):3:3: keys.quitt: unknown action "quitt" (did you mean "quit"?)
            \(file):5:15: keys.next-theme: x is bound to both zoom and next-theme in the dashboard keys
            \(file):6:9: keys.help: expected a key name (a single character such as q or ?, or one of ctrl-LETTER, f1 to f63, \
            tab, shift-tab, enter, esc, space, backspace, up, down, left, right, pgup, pgdn, home, end, insert, delete), found "pgdown"

            """)
    }

    /// `L` goes round the built-in presets and the config's; `--layout` starts in the config's.
    @Test func layoutPresetsCycleAndStartFromTheConfig() throws {
        let config = "layouts:\n  watch: {rows: [[risk, investors]]}\n"
        let (tmux, home) = try startDashboard(config: config)
        defer { try? FileManager.default.removeItem(at: home) }
        for name in ["risk focus", "briefing", "watch", "default"] {
            try tmux.press("L")
            try tmux.waitFor("layout: \(name)")
        }
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")

        try tmux.typeLine("clear; '\(try #require(Self.binary))' --layout watch; echo \"EXIT=$?\"")
        // Risk and investors side by side across the whole height, capacity nowhere.
        let screen = try tmux.waitFor("? help")
        let panelsRow = try #require(screen.split(separator: "\n").first { $0.contains("3 Risk indicators") })
        #expect(panelsRow.contains("1 Investors"))
        #expect(!screen.contains("Multi-cloud capacity"))
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.expectShellUsable(gone: "Risk indicators")
    }

    /// A broken layout: the defaults (the default layout among them), the diagnostic on
    /// standard error, and `--layout` of it refused before the screen is taken.
    @Test func aBrokenLayoutKeepsTheDefault() throws {
        let (tmux, home) = try startDashboard(config: "layouts:\n  watch: {rows: [[risk, riks]]}\n")
        defer { try? FileManager.default.removeItem(at: home) }
        let screen = try tmux.waitFor("the config has problems, so none of it is used: burnrate config check")
        #expect(screen.contains("Multi-cloud capacity"))
        try tmux.press("L")
        try tmux.waitFor("layout: risk focus")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        let file = home.path + "/burnrate/config.yaml"
        #expect(try String(contentsOf: home.appendingPathComponent("errors"), encoding: .utf8) == """
            \(file):2:25: layouts.watch.rows[0][1]: expected one of investors, capacity, risk, simulation, what-if, found "riks" (did you mean "risk"?)

            """)
        try tmux.typeLine("clear; '\(try #require(Self.binary))' --layout watch 2>errors; echo \"EXIT=$?\"")
        try tmux.waitFor("EXIT=64")
        #expect(try String(contentsOf: home.appendingPathComponent("errors"), encoding: .utf8).hasSuffix("""
            burnrate: --layout watch: no such layout (layouts: default, risk focus, briefing)

            """))
        try tmux.expectShellUsable(gone: "Multi-cloud capacity")
    }
}
