import Foundation
import Testing

/// `burnrate present` in a real terminal: a shell in tmux starts the built-in deck, keys walk
/// it, and after `q` the shell must be usable again.
@Suite("Present end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct PresentEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    @Test func walksTheDeckForwardAndBackJumpsAndQuitsCleanly() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' present; echo \"EXIT=$?\"")
        try tmux.waitFor("1/13")
        #expect(try tmux.capture().contains("OpenAI keeps burning money. Vision or risk?"))

        try tmux.press("Right", "Space")
        try tmux.waitFor("3/13")
        #expect(try tmux.capture().contains("Who pays: four strategic investors"))
        try tmux.press("Left")
        try tmux.waitFor("2/13")

        try tmux.press("g", "9", "Enter")
        let stressed = try tmux.waitFor("9/13")
        #expect(stressed.contains("WHAT-IF SoftBank delivers 50 %"), "the slide's what-if applies")
        try tmux.press("PageDown")
        let timeline = try tmux.waitFor("10/13")
        #expect(!timeline.contains("WHAT-IF"), "the what-if ends with its slide")

        try tmux.press("End")
        try tmux.waitFor("13/13")
        try tmux.press("Home")
        try tmux.waitFor("1/13")

        try tmux.press("b")
        _ = try tmux.waitUntil("the screen is blank") { !$0.contains("1/13") && !$0.contains("Vision or risk") }
        try tmux.press("b")
        try tmux.waitFor("1/13")

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "READY$((1 + 1))""#)
        let screen = try tmux.waitFor("READY2")
        #expect(screen.contains("MODES=icanon,echo,"))
    }

    /// A deck of one-second slides: `a` turns auto-advance on, the progress bar shows the
    /// slide's budget and the counter moves by itself; `a` again stops it where it is.
    @Test func autoAdvanceMovesOnByItselfAndStops() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-auto-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let slides = (1...5).map { "  - view: text\n    title: Quick slide \($0)\n    body: one second\n    duration: 1\n" }
        let deck = folder.appendingPathComponent("quick.yaml")
        try ("title: Quick\nscenario: openai-2026-02\nslides:\n" + slides.joined()).write(to: deck, atomically: true, encoding: .utf8)

        let tmux = try Tmux(width: 100, height: 30, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' present '\(deck.path)'; echo \"EXIT=$?\"")
        try tmux.waitFor("1/5")
        #expect(!(try tmux.capture().contains("/ 0:01")), "no progress bar before auto-advance")

        try tmux.press("a")
        try tmux.waitFor("/ 0:01")
        try tmux.waitFor("2/5")
        let third = try tmux.waitFor("3/5")
        #expect(third.contains("Quick slide 3"))

        try tmux.press("a")
        let stopped = try tmux.waitUntil("the progress bar goes") { !$0.contains("/ 0:01") }
        let counter = try #require(["3/5", "4/5", "5/5"].first { stopped.contains($0) })
        sleep(3)
        #expect(try tmux.capture().contains(counter), "the slide stays after auto-advance stops")

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    /// A deck over a scenario file beside it: `w` answers a question live on a slide, and
    /// saving the scenario file changes the slide under the presenter's what-if; a broken save
    /// keeps the last good figures under the banner.
    @Test func whatIfOnASlideAndTheScenarioFileReloads() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-live-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenario = folder.appendingPathComponent("s.yaml").path
        let deck = folder.appendingPathComponent("talk.yaml").path
        try """
            title: Live
            scenario: s.yaml
            slides:
              - {view: investors, title: Who pays}
              - {view: text, title: Questions, body: Thanks}
            """.write(toFile: deck, atomically: true, encoding: .utf8)

        let tmux = try Tmux(width: 120, height: 40, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' scenario show openai-2026-02 > '\(scenario)'; echo \"SHOWN=$?\"")
        try tmux.waitFor("SHOWN=0")
        let original = try String(contentsOfFile: scenario, encoding: .utf8)
        let softBankLine = "    - id: softbank\n      name: SoftBank\n      amount: 30B\n"
        try #require(original.contains(softBankLine))

        try tmux.typeLine("clear; '\(binary)' present '\(deck)'; echo \"EXIT=$?\"")
        let first = try tmux.waitFor("1/2")
        #expect(first.contains("$30B 30.0–60.0 %"), "SoftBank's $30B against $20B and up to $50B more: 30 ÷ 100 to 30 ÷ 50")

        // w, ↓ to SoftBank, ← five times: 100 % → 50 %, 30B → 15B, 15 ÷ 85 = 17.6 % to 15 ÷ 35 = 42.9 %.
        try tmux.press("w", "Down", "Left", "Left", "Left", "Left", "Left")
        let asked = try tmux.waitFor("$15B 17.6–42.9 %")
        #expect(asked.contains("WHAT-IF SoftBank delivers 50 %"))
        #expect(asked.contains("1/2"), "← changed the input, not the slide")

        // The file now says 45B: 45 × 50 % = 22.5B under the same what-if.
        try original.replacingOccurrences(of: softBankLine, with: softBankLine.replacingOccurrences(of: "30B", with: "45B"))
            .write(toFile: scenario, atomically: false, encoding: .utf8)
        try tmux.waitFor("$22.5B", timeout: .seconds(2))

        try original.replacingOccurrences(of: softBankLine, with: softBankLine.replacingOccurrences(of: "30B", with: "thirty"))
            .write(toFile: scenario, atomically: false, encoding: .utf8)
        // The diagnostic names the file, and the last good figures stay.
        try tmux.waitFor(all: ["The scenario file has problems", "s.yaml:", "$22.5B"], timeout: .seconds(2))

        try tmux.press("r")
        try tmux.waitUntil("the slide's own what-if: none") { !$0.contains("WHAT-IF") && $0.contains("$45B") }
        try tmux.press("Escape")
        try tmux.waitUntil("the panel closed") { !$0.contains("↑↓ pick") }
        try tmux.press("Right")
        try tmux.waitFor("2/2")

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }
}
