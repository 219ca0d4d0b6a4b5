import Foundation
import Testing

/// `burnrate keys`: the keymap in effect, as text and as JSON.
@Suite struct KeysCommandTests {
    @Test func textListsEveryModeWithKeysActionsAndHelp() throws {
        let run = try BurnrateRun.run(["keys"])
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "dashboard: Dashboard")
        #expect(lines[1] == "  tab                 focus-next        focus the next panel")
        #expect(lines.contains("  q ctrl-c            quit              quit"))
        #expect(lines.filter { !$0.hasPrefix(" ") && !$0.isEmpty }.map { String($0.prefix { $0 != ":" }) } == [
            "dashboard", "explain", "what-if", "what-if-value", "compare", "simulation", "league", "palette", "filter", "save-path",
            "save-overwrite", "presentation", "slide-number", "notes",
        ])
        #expect(run.stdout.hasSuffix("notes: Notes terminal\n  ctrl-l              redraw            redraw the screen\n"
            + "  q ctrl-c            quit              quit\n"))
    }

    struct Binding: Decodable, Equatable {
        let mode: String
        let action: String
        let keys: [String]
        let help: String
    }

    @Test func jsonIsAListOfModeActionKeysAndHelp() throws {
        let run = try BurnrateRun.run(["keys", "--format", "json"])
        #expect(run.status == 0)
        let bindings = try JSONDecoder().decode([Binding].self, from: Data(run.stdout.utf8))
        #expect(bindings.first == Binding(mode: "dashboard", action: "focus-next", keys: ["tab"], help: "focus the next panel"))
        #expect(bindings.contains(Binding(mode: "notes", action: "quit", keys: ["q", "ctrl-c"], help: "quit")))
        #expect(bindings.contains(Binding(mode: "presentation", action: "next-slide", keys: ["right", "space", "pgdn"], help: "next slide")))
        #expect(bindings.filter { $0.action == "quit" }.map(\.mode) == [
            "dashboard", "explain", "what-if", "what-if-value", "compare", "simulation", "league", "palette", "filter", "save-path",
            "save-overwrite", "presentation", "notes",
        ])
        // The same list as the text, binding for binding.
        let text = try BurnrateRun.run(["keys"]).stdout
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  ") }.count == bindings.count)
    }

    @Test func anUnknownFormatIsRefused() throws {
        let run = try BurnrateRun.run(["keys", "--format", "yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("The value 'yaml' is invalid for '--format <format>'"))
    }
}
