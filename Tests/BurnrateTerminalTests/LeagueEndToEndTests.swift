import Foundation
import Testing

/// The league table in a real terminal: opened from the palette over a scenario file (quiet.yaml), which
/// joins the built-in scenarios; scrolled and closed. `burnrate league` sizes its text to the
/// terminal.
@Suite("League table end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct LeagueEndToEndTests {
    @Test func thePaletteOpensItAndEscClosesIt() throws {
        let binary = try #require(BuiltProduct.path(of: "burnrate"), "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 160, height: 48, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' --scenario '\(PrivacyEndToEndTests.scenario)'; echo \"EXIT=$?\"")
        try tmux.waitFor("Tab panel")

        try tmux.press(":")
        try tmux.waitFor("Focus Investors")
        try tmux.press("l", "e", "a", "g", "u", "e")
        try tmux.waitFor("League table: every built-in scenario's indicators side by side (or back)")
        try tmux.press("Enter")
        let screen = try tmux.waitUntil("the league table in place of the panels") { screen in
            screen.contains("League table:") && screen.contains("Esc close") && !screen.contains("Multi-cloud capacity")
        }
        // The file's column comes after the built-in ones: its id heads the last column.
        let heads = screen.split(separator: "\n").filter { $0.hasPrefix("┃        ") }
            .flatMap { $0.split(separator: " ").filter { $0 != "┃" } }
        #expect(heads.starts(with: ["openai-2026-02", "openai-2026-03-close"]))
        #expect(heads.last == "quiet")
        #expect(screen.contains("Investor HHI"))

        try tmux.press("Escape")
        try tmux.waitFor("Multi-cloud capacity")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func theCommandFitsItsTextToTheTerminal() throws {
        let binary = try #require(BuiltProduct.path(of: "burnrate"), "burnrate is not built: run `swift build`")
        // Tall enough to keep every line of the output in view.
        let tmux = try Tmux(width: 60, height: 150, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' league openai-2026-02 openai-2026-03-close; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("EXIT=0")
        let lines = screen.split(separator: "\n")
        // 60 columns hold one scenario beside the indicators: two blocks, each headed by its id.
        #expect(lines.filter { $0.hasSuffix("openai-2026-02") || $0.hasSuffix("openai-2026-03-close") }.count == 2)
        #expect(lines.filter { $0.hasPrefix("Investor HHI") }.count == 2)
    }
}
