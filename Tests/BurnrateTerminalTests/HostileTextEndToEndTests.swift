import BurnrateModel
import Foundation
import Testing

/// Text from a hostile file in a real terminal: the sequences it holds are shown, not obeyed.
@Suite("Hostile text end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct HostileTextEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    /// Clears the screen, homes the cursor, sets the window title, returns to the start of the
    /// line and overwrites it, then reverses the rest of the line.
    private static let hostileYAML = #""x\e[2J\e[H\e]0;owned\a\rOVERWRITTEN\u202Eevil""#
    private static let hostileShown = #"x\e[2J\e[H\e]0;owned\u{07}\rOVERWRITTEN\u{202E}evil"#

    private static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        return folder.path
    }

    @Test func checkShowsTheSequencesOfABrokenFile() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let folder = try Self.folder(["bad.yaml": "id: mini\n\(Self.hostileYAML): 1\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try Tmux(width: 200, height: 30)
        try tmux.typeLine("cd '\(folder)'; echo BEFORE-CHECK; '\(binary)' check bad.yaml; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("EXIT=1")
        #expect(screen.contains("BEFORE-CHECK"), "the screen was not cleared")
        #expect(screen.contains("bad.yaml:2:1: \(Self.hostileShown): unknown key"))
        #expect(!screen.contains("\nOVERWRITTEN"))
    }

    @Test func theDashboardDrawsTheSequencesOfATitle() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let scenario = try #require(BuiltInScenarios.text(named: BuiltInScenarios.defaultName))
            .replacing(#"title: "OpenAI's $100B+ round, as Bloomberg reported it""#, with: "title: \(Self.hostileYAML)")
        let folder = try Self.folder(["hostile.yaml": scenario])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let tmux = try Tmux(width: 160, height: 48, environment: ["LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' --scenario '\(folder)/hostile.yaml'; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("Tab panel")
        #expect(screen.contains(Self.hostileShown))
        #expect(screen.contains("Multi-cloud capacity"), "the panels are still there")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }
}
