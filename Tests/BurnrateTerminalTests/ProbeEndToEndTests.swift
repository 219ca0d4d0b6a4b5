import Foundation
import Testing

/// The real screen and runner in a real terminal: BurnrateTerminalProbe run by a shell in
/// tmux. After every way out, the shell must be usable again: canonical mode and echo back,
/// the probe's screen gone (alternate screen left).
@Suite("Terminal end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct ProbeEndToEndTests {
    private static let probe = BuiltProduct.path(of: "BurnrateTerminalProbe")

    /// A shell in an 80×24 tmux window that has started the probe and seen its first frame.
    private func startProbe(shell: String = "/bin/sh", environment: [String: String] = [:]) throws -> Tmux {
        let probe = try #require(Self.probe, "BurnrateTerminalProbe is not built: run `swift build --build-tests`")
        let tmux = try Tmux(width: 80, height: 24, command: shell, environment: environment)
        try tmux.typeLine("'\(probe)'; echo \"EXIT=$?\"")
        try tmux.waitFor("probe 80x24")
        return tmux
    }

    /// Checks the shell reads lines and echoes again, and knows the terminal's width. The
    /// markers are worked out by the shell, so the typed command line never matches them.
    /// A pasted command runs as typed: bracketed paste is off again (with it on, tmux would
    /// wrap it in `ESC [ 200 ~` … `ESC [ 201 ~`, which the shell takes as part of the command).
    private func expectShellUsable(_ tmux: Tmux) throws {
        try tmux.typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "COLS=$(tput cols)"; echo "READY$((1 + 1))""#)
        let screen = try tmux.waitFor("READY2")
        #expect(screen.contains("MODES=icanon,echo,"))
        #expect(screen.contains("COLS=80"))
        #expect(!screen.contains("probe 80x24"), "the probe's screen is still showing")
        try tmux.paste("echo PASTED$((40 + 2))\n")
        try tmux.waitFor("PASTED42")
    }

    private func probePID(_ tmux: Tmux) throws -> pid_t {
        let screen = try tmux.capture()
        let line = try #require(screen.split(separator: "\n").first { $0.hasPrefix("pid: ") })
        return try #require(pid_t(line.dropFirst("pid: ".count).trimmingCharacters(in: .whitespaces)))
    }

    @Test func drawsTakesKeysFollowsResizesAndQuitsOnQ() throws {
        let tmux = try startProbe()
        let first = try tmux.capture()
        #expect(first.contains("wide: 宽字 €█"))
        // "end" is drawn in the last three columns of the last row.
        #expect(first.split(separator: "\n", omittingEmptySubsequences: false)[23].hasSuffix("end"))

        try tmux.press("x")
        try tmux.waitFor(#"last: key character("x")"#)
        try tmux.press("Up")
        try tmux.waitFor("last: key up")
        try tmux.press("F5")
        try tmux.waitFor("last: key function(5)")

        try tmux.resize(width: 50, height: 15)
        let small = try tmux.waitFor("probe 50x15")
        #expect(small.contains("last: resize 50x15"))
        #expect(small.split(separator: "\n", omittingEmptySubsequences: false)[14].hasSuffix("end"))
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("last: resize 80x24")

        try tmux.press("q")
        let after = try tmux.waitFor("EXIT=0")
        #expect(after.contains("probe exit: q"))
        try expectShellUsable(tmux)
    }

    @Test func ctrlCQuits() throws {
        let tmux = try startProbe()
        try tmux.press("C-c")
        let after = try tmux.waitFor("EXIT=0")
        #expect(after.contains("probe exit: quit signal"))
        try expectShellUsable(tmux)
    }

    @Test("signals end the program cleanly", arguments: [(SIGTERM, "quit signal"), (SIGINT, "quit signal"), (SIGHUP, "hangup")])
    func signalsQuit(signal: Int32, reason: String) throws {
        let tmux = try startProbe()
        kill(try probePID(tmux), signal)
        let after = try tmux.waitFor("EXIT=0")
        #expect(after.contains("probe exit: \(reason)"))
        try expectShellUsable(tmux)
    }

    @Test func aCrashStillGivesTheTerminalBack() throws {
        // Without the runtime's backtracer, which would wait for a key on a terminal.
        let tmux = try startProbe(environment: ["SWIFT_BACKTRACE": "enable=no"])
        try tmux.press("!")
        // A Swift trap is SIGILL (4) on x86-64 and SIGTRAP (5) on arm64: 128 + 4 or 128 + 5.
        let after = try tmux.waitUntil("exit status 132 or 133") { $0.contains("EXIT=132") || $0.contains("EXIT=133") }
        #expect(!after.contains("probe exit"))
        try expectShellUsable(tmux)
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        // -m: job control, so that the shell takes the stopped probe back with fg.
        let tmux = try startProbe(shell: "/bin/sh -m")
        try tmux.press("C-z")
        let stopped = try tmux.waitFor("Stopped")
        #expect(!stopped.contains("probe 80x24"))
        try tmux.typeLine("fg")
        try tmux.waitFor("probe 80x24")
        // A key arrives without Enter: the terminal is back in raw mode after the resume.
        try tmux.press("x")
        try tmux.waitFor(#"last: key character("x")"#)
        try tmux.press("q")
        // The shell ran `echo EXIT` when the probe stopped; `fg` brings back the probe alone.
        try tmux.waitFor("probe exit: q")
        try expectShellUsable(tmux)
    }

    @Test func anUnknownTerminalTypeIsExplained() throws {
        let probe = try #require(Self.probe, "BurnrateTerminalProbe is not built: run `swift build --build-tests`")
        let tmux = try Tmux(width: 120, height: 10)
        try tmux.typeLine("TERM=no-such-terminal '\(probe)'; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("EXIT=2")
        #expect(screen.contains("burnrate-probe: unknown terminal type 'no-such-terminal': set TERM to one your system knows (e.g. xterm-256color)"))
    }
}
