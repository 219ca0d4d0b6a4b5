import BurnrateModel
import BurnrateYAML
import Testing
@testable import BurnrateView

/// `burnrate config show`'s text: every action with its keys, and a config that reads back as
/// the one shown.
@Suite struct ConfigTextTests {
    static func shown(_ text: String) throws -> (config: Config, lines: [String]) {
        let config = try ConfigLoader.load(text: text, file: "c.yaml", themes: .builtIn)
        return (config, ConfigText.render(config, origin: "Read from c.yaml.").split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    @Test(arguments: ["", "theme: amber\nkeys: {quit: x, next-theme: [T, f5], help: \"?\"}\n", "keys: {back: [esc, ctrl-g], focus-investors: \"!\"}\n",
                       "layouts: {\"mine: #1\": {rows: [[risk, simulation], [investors, what-if]], sizes: [2, 1]}, briefing: {rows: [[risk]]}}\n"])
    func whatIsShownReadsBackAsTheSameConfig(text: String) throws {
        let (config, lines) = try Self.shown(text)
        let again = try ConfigLoader.load(text: lines.joined(separator: "\n"), file: "shown.yaml", themes: .builtIn)
        #expect(again.theme ?? "default" == config.theme ?? "default")
        #expect(again.keymap == config.keymap)
        #expect(again.layouts == config.layouts)
    }

    @Test func everyActionIsShownWithItsKeys() throws {
        let (_, lines) = try Self.shown("theme: amber\nkeys: {quit: x}\n")
        #expect(lines.contains("theme: amber"))
        for line in ["  quit: x", "  remove-preset: [delete, backspace]", "  help: \"?\"", "  focus-investors: \"1\"",
                     "  decrease: [left, h, \"-\"]", "  yes: [\"y\", \"Y\"]", "  play-pause: space", "  focus-previous: shift-tab"] {
            #expect(lines.contains(line), "\(line)")
        }
        #expect(lines.suffix(3) == ["# Keys given to other actions than they had:",
                                    "#   x now does quit in the what-if keys, no longer remove-preset", ""])
        let layouts = try #require(lines.firstIndex(of: "layouts: {}"))
        #expect(lines[layouts + 1] == "#  mine: {rows: [[risk, simulation], [investors, capacity]], sizes: [2, 1]}")
        let shownActions = lines.compactMap { line in KeyAction.allCases.first { line.hasPrefix("  \($0.name): ") || line.hasPrefix("  # \($0.name): ") } }
        #expect(shownActions == KeyAction.allCases)
    }

    /// An action whose keys differ by mode is shown commented: written out, it would change them.
    @Test func anActionWhoseKeysDifferByModeIsCommented() throws {
        let (_, lines) = try Self.shown("")
        let index = try #require(lines.firstIndex(of: "  # previous-row: [up, k]"))
        #expect(lines[index - 1] == "  # previous-row differs by mode (dashboard, explain, what-if, compare, simulation, league: up k; palette: up ctrl-p; filter: up)")
        #expect(lines.contains("  # quit: [q, ctrl-c]"))
    }
}
