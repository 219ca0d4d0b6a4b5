import Foundation
import Testing

/// The dashboard follows its scenario file while it runs: a copy of the built-in scenario is
/// edited in place, broken, fixed by a save that renames a new file over it, deleted, its
/// folder deleted and made again, the file moved away and back, the folder renamed away and
/// back, and each change shows on screen.
@Suite("Live reload end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct LiveReloadEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")
    private static let brokenTitle = "The scenario file has problems"

    @Test func editsBreaksFixesAndDeletesTheScenarioFile() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("s.yaml").path

        let tmux = try Tmux(width: 160, height: 48, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' scenario show openai-2026-02 > '\(file)'; echo \"SHOWN=$?\"")
        try tmux.waitFor("SHOWN=0")
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let softBankLine = "    - id: softbank\n      name: SoftBank\n      amount: 30B\n"
        try #require(original.contains(softBankLine))
        // The diagnostic's line: the one of SoftBank's amount, counted from 1.
        let amountLine = original.components(separatedBy: softBankLine)[0].split(separator: "\n", omittingEmptySubsequences: false).count + 2

        try tmux.typeLine("clear; '\(binary)' --scenario '\(file)'; echo \"EXIT=$?\"")
        let first = try tmux.waitFor("Tab panel")
        #expect(first.contains("$30B 30.0–60.0 %"), "SoftBank's $30B against $20B and up to $50B more: 30 ÷ 100 to 30 ÷ 50")
        #expect(!first.contains("$45B"))

        // Written in place, as an editor that keeps the file's inode does.
        try CloseOnExecFiles.write(original.replacingOccurrences(of: softBankLine, with: softBankLine.replacingOccurrences(of: "30B", with: "45B")), to: file)
        let edited = try tmux.waitFor("$45B", timeout: .seconds(1))
        #expect(edited.contains("$45B 39.1–69.2 %"), "45 ÷ (50 + 45 + 20) = 39.1 % to 45 ÷ (45 + 20) = 69.2 %")

        let broken = original.replacingOccurrences(of: softBankLine, with: softBankLine.replacingOccurrences(of: "30B", with: "thirty"))
        try CloseOnExecFiles.write(broken, to: file)
        let diagnostic = "s.yaml:\(amountLine):15: round.investors[1].amount: expected an amount like 30e9 or \"30B\", found \"thirty\""
        let bannered = try tmux.waitFor(diagnostic, timeout: .seconds(1))
        #expect(bannered.contains("✗ \(Self.brokenTitle); showing the last good version"))
        #expect(bannered.contains("$45B"), "the last good model stays on screen")

        let fixed = original.replacingOccurrences(of: softBankLine, with: softBankLine.replacingOccurrences(of: "30B", with: "25B"))
        let temporary = directory.appendingPathComponent(".s.yaml.tmp").path
        try CloseOnExecFiles.write(fixed, to: temporary)
        #expect(rename(temporary, file) == 0)
        let reloaded = try tmux.waitUntil("the banner gone and SoftBank at $25B", timeout: .seconds(1)) {
            !$0.contains(Self.brokenTitle) && $0.contains("$25B 26.3–55.6 %")  // 25 ÷ (50 + 25 + 20) = 25 ÷ 95 to 25 ÷ 45
        }
        #expect(reloaded.contains("$45B–$95B of at least $100B"))

        try FileManager.default.removeItem(atPath: file)
        let deleted = try tmux.waitFor("! \(file) was deleted; showing the last version loaded", timeout: .seconds(1))
        #expect(deleted.contains("$25B 26.3–55.6 %"), "the model stays on screen")

        func softBank(_ amount: String) -> String {
            original.replacingOccurrences(of: softBankLine, with: softBankLine.replacingOccurrences(of: "30B", with: amount))
        }
        // `rm -rf` of the folder, then a new folder and file: the new folder is watched.
        CloseOnExecFiles.removeTree(directory.path)
        #expect(mkdir(directory.path, 0o700) == 0)
        try CloseOnExecFiles.write(softBank("35B"), to: file)
        try tmux.waitUntil("SoftBank at $35B, no banner", timeout: .seconds(1)) {
            !$0.contains("was deleted") && $0.contains("$35B 33.3–63.6 %")  // 35 ÷ (70 + 35) to 35 ÷ (20 + 35)
        }
        try CloseOnExecFiles.write(softBank("36B"), to: file)
        try tmux.waitFor("$36B 34.0–64.3 %", timeout: .seconds(1))  // 36 ÷ 106 to 36 ÷ 56, watched after the first reload too

        let away = directory.path + "-away.yaml"
        defer { unlink(away) }
        #expect(rename(file, away) == 0)
        try tmux.waitFor("! \(file) was deleted", timeout: .seconds(1))
        try CloseOnExecFiles.write(softBank("40B"), to: away)
        #expect(rename(away, file) == 0)
        try tmux.waitUntil("SoftBank at $40B, no banner", timeout: .seconds(1)) {
            !$0.contains("was deleted") && $0.contains("$40B 36.4–66.7 %")  // 40 ÷ 110 to 40 ÷ 60
        }

        let renamed = directory.path + "-renamed"
        defer { try? FileManager.default.removeItem(atPath: renamed) }
        #expect(rename(directory.path, renamed) == 0)
        try tmux.waitFor("! \(file) was deleted", timeout: .seconds(1))
        try CloseOnExecFiles.write(softBank("15B"), to: renamed + "/s.yaml")
        #expect(rename(renamed, directory.path) == 0)
        try tmux.waitUntil("SoftBank at $15B, no banner", timeout: .seconds(1)) {
            !$0.contains("was deleted") && $0.contains("$15B 17.6–42.9 %")  // 15 ÷ 85 to 15 ÷ 35
        }

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "READY$((1 + 1))""#)
        let shell = try tmux.waitFor("READY2")
        #expect(shell.contains("MODES=icanon,echo,"))
        #expect(!shell.contains("Multi-cloud capacity"), "the dashboard is still showing")
    }
}
