import Foundation
import Testing

/// `c` and `s` in the real dashboard: the compare view comes up instead of the panels, and a
/// what-if is saved to a file in the shell's directory, the second time only after y.
@Suite("Compare and save end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct CompareAndSaveEndToEndTests {
    @Test func comparesThenSavesTheWhatIfAndAsksBeforeOverwriting() throws {
        let binary = try #require(BuiltProduct.path(of: "burnrate"), "burnrate is not built: run `swift build`")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-save-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let tmux = try Tmux(width: 120, height: 40, environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("cd '\(directory.path)' && '\(binary)' --preset softbank-half; echo \"EXIT=$?\"")
        try tmux.waitFor("Tab panel")

        try tmux.press("c")
        try tmux.waitUntil("the compare view in place of the panels") { screen in
            screen.contains("Compare A openai-2026-02 → B openai-2026-02") && screen.contains("B openai-2026-02 as loaded")
                && !screen.contains("Multi-cloud capacity")
        }
        try tmux.press("c")
        try tmux.waitFor("Multi-cloud capacity")

        try tmux.press("s")
        try tmux.waitFor("save what-if as: openai-2026-02-whatif.yaml")
        try tmux.press("Enter")
        try tmux.waitFor("saved openai-2026-02-whatif.yaml")
        let file = directory.appendingPathComponent("openai-2026-02-whatif.yaml").path
        let saved = try String(contentsOfFile: file, encoding: .utf8)
        #expect(saved.hasPrefix("id: openai-2026-02-whatif\n"))

        try FileManager.default.removeItem(atPath: file)
        try "keep me\n".write(toFile: file, atomically: false, encoding: .utf8)
        try tmux.press("s")
        try tmux.waitFor("save what-if as:")
        try tmux.press("Enter")
        try tmux.waitFor("overwrite openai-2026-02-whatif.yaml? y/n")
        try tmux.press("n")
        try tmux.waitFor("not overwritten")
        try tmux.press("Escape")
        try tmux.waitUntil("the prompt closed") { !$0.contains("save what-if as:") }
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "keep me\n")

        try tmux.press("s")
        try tmux.waitFor("save what-if as:")
        try tmux.press("Enter")
        try tmux.waitFor("? y/n")
        try tmux.press("y")
        try tmux.waitFor("saved openai-2026-02-whatif.yaml")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == saved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["openai-2026-02-whatif.yaml"])

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }
}
