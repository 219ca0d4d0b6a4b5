import Foundation
import Testing

/// The simulation view of the real `burnrate` binary in tmux: a what-if changed while a run is
/// going answers at once, cancels that run, and the new run's figures replace the old ones.
@Suite("Simulation view end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct SimulationEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")
    /// Half the default (`--paths`): a debug build still takes most of a second over them on an
    /// idle machine, so a run is seen in progress with room to spare; the simulate command
    /// below runs the same number.
    private static let paths = "50,000"
    /// A run's paths only wait for a processor no one else wants (SCHED_IDLE): under a full
    /// `swift test` on two cores they can wait minutes.
    private static let runTimeout = Duration.seconds(600)

    @Test func aWhatIfDuringARunAnswersAtOnceAndItsRunReplacesTheOld() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 160, height: 48, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        try tmux.typeLine("'\(binary)' --paths 50000; echo \"EXIT=$?\"")
        try tmux.waitFor("Tab panel")
        try tmux.press("u")
        try tmux.waitFor(all: ["┏━ Simulation", "↑↓ select  Enter explain  u close"])
        try tmux.press("w")
        try tmux.waitFor("↑↓ pick · ←→ or -/+ change")

        // Amazon, the panel's first input, delivers 90 %: a new run starts, and is seen in
        // progress with its own first figures (no longer the notice about the last run's).
        try tmux.press("h")
        try tmux.waitFor("Amazon delivers 90 %")
        let running = try tmux.waitUntil("the 90 % run in progress", timeout: Self.runTimeout) { screen in
            screen.contains(" / \(Self.paths) paths, provisional") && !screen.contains("what-if changed")
                && Self.hasRow(2027, in: screen)
        }
        let firstFigures = try Self.row(2027, in: running)

        // 80 % while that run goes on: the panel answers before the new run's first figures
        // (the run of 90 % is cancelled, never completed).
        try tmux.press("h")
        let answered = try tmux.waitFor("Amazon delivers 80 %")
        #expect(answered.contains("what-if changed") || answered.contains("paths, provisional"),
                "the key was answered only once the run had ended:\n\(answered)")
        #expect(!answered.contains("\(Self.paths) paths  ·  seed 2026"))

        let done = try tmux.waitUntil("the 80 % run complete", timeout: Self.runTimeout) { screen in
            screen.contains("\(Self.paths) paths  ·  seed 2026  ·  quantiles within") && Self.hasRow(2027, in: screen)
        }
        #expect(!done.contains("provisional"))
        #expect(!done.contains("what-if changed"))
        #expect(done.contains("Amazon delivers 80 %"))
        let finalFigures = try Self.row(2027, in: done)
        #expect(finalFigures != firstFigures, "the 80 % run's figures did not replace the 90 % run's")

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try tmux.expectShellUsable(gone: "┏━ Simulation")

        // The view's figures are those `burnrate simulate` gives for the same what-if and paths.
        try tmux.typeLine("'\(binary)' simulate --set investors.amazon.realisation=80% --paths 50000 --format markdown"
                          + " | grep '^| 2027 |'; echo \"DONE=$?\"")
        let simulated = try tmux.waitFor("DONE=0", timeout: Self.runTimeout)
        let line = try #require(simulated.split(separator: "\n").first { $0.hasPrefix("| 2027 |") })
        let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        // Year, P(cash < 0), ±, then P5, P25, median, P75, P95.
        #expect(finalFigures.first == cells[1])
        #expect(Array(finalFigures.suffix(6).prefix(5)) == Array(cells[3...7]))
    }

    @Test func pathsOutsideTheirBoundsAreRefusedBeforeTheScreenIsTaken() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 120, height: 20, command: "/bin/sh")
        try tmux.typeLine("'\(binary)' --paths 0; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("EXIT=64")
        #expect(screen.contains("--paths 0: expected 1 to 100,000,000 paths"))
    }

    /// Whether the screen shows the shortfall table's row of `year`: a capture taken while tmux
    /// is still applying a frame (a loaded machine) may show the footer's new text before it.
    private static func hasRow(_ year: Int, in screen: String) -> Bool {
        screen.split(separator: "\n").contains { $0.hasPrefix("┃ \(year) ") }
    }

    /// The figures on the shortfall table's row of `year`: the probability ("74.2 %"), the
    /// standard error, then the cash quantiles and the projection, each as one string.
    private static func row(_ year: Int, in screen: String) throws -> [String] {
        let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("┃ \(year) ") },
                                "no row for \(year) on the screen:\n\(screen)")
        var words = line.dropFirst(2).split(separator: " ").map(String.init).dropFirst()
        let probability = words.prefix(2).joined(separator: " ")
        words = words.dropFirst(2)
        let error = words.prefix(2).joined(separator: " ")
        let rest = words.dropFirst(2).prefix(6)
        return [probability, error] + rest
    }
}
