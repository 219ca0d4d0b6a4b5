import Foundation
import Testing

/// The real `burnrate` binary in a real terminal: a shell in tmux starts the dashboard, a
/// person's keys drive it, and after it ends the shell must be usable again.
@Suite("Dashboard end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct DashboardEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")

    /// A shell in a tmux window of this size that has started the dashboard and seen its
    /// first frame (the footer's key hints).
    /// `pidFile`, when given, receives the dashboard's process id: the shell writes its own and
    /// then becomes the dashboard (exec), so a signal reaches exactly this test's process and
    /// not one another suite started meanwhile.
    private func startDashboard(width: Int = 160, height: Int = 48, arguments: String = "", pidFile: String? = nil) throws -> Tmux {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: width, height: height, command: "/bin/sh", environment: ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"])
        let launch = pidFile.map { "sh -c 'echo $$ > \($0); exec \"$0\" \"$@\"' '\(binary)' \(arguments)" } ?? "'\(binary)' \(arguments)"
        try tmux.typeLine("\(launch); echo \"EXIT=$?\"")
        try tmux.waitFor("Tab panel")
        return tmux
    }

    private func expectShellUsable(_ tmux: Tmux, width: Int = 160) throws {
        try tmux.typeLine(#"printf 'MODES=%s\n' "$(stty -a | tr ' ;' '\n\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\n' ,)"; echo "COLS=$(tput cols)"; echo "READY$((1 + 1))""#)
        let screen = try tmux.waitFor("READY2")
        #expect(screen.contains("MODES=icanon,echo,"))
        #expect(screen.contains("COLS=\(width)"))
        #expect(!screen.contains("Multi-cloud capacity"), "the dashboard is still showing")
    }


    /// A left click on a row selects it, as help says: the terminal's mouse report (X10 form,
    /// ESC [ M then button, column and row each plus 32, counted from 1) on SoftBank's line
    /// of the investors panel, then Enter explains SoftBank.
    @Test func aClickOnARowSelectsIt() throws {
        let tmux = try startDashboard()
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 32 + 0, 32 + 6, 32 + 6])
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 32 + 3, 32 + 6, 32 + 6])
        try tmux.press("Enter")
        try tmux.waitFor("Explain: SoftBank")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    /// The same click with its release and Enter in one write, as they pile up while the
    /// dashboard draws the simulation's progress: ncurses reads them in one go and holds the
    /// press behind the release under a single KEY_MOUSE, so the click is lost unless every
    /// report is taken.
    @Test func aClickReadTogetherWithItsReleaseAndEnterSelectsTheRow() throws {
        let tmux = try startDashboard()
        try tmux.sendBytes([0x1B, 0x5B, 0x4D, 32 + 0, 32 + 6, 32 + 6, 0x1B, 0x5B, 0x4D, 32 + 3, 32 + 6, 32 + 6, 0x0D])
        try tmux.waitFor("Explain: SoftBank")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    /// `burnrate` alone starts from defaults it does not parse (DashboardLaunch); `burnrate
    /// dashboard` parses its options: both must open the same screen once the launch
    /// simulation has settled (the header's clock aside).
    @Test func burnrateAloneOpensWhatTheDashboardCommandOpens() throws {
        func settledScreen(arguments: String) throws -> String {
            let tmux = try startDashboard(width: 120, height: 36, arguments: arguments)
            let screen = try tmux.waitFor("P(cash < 0 by 2030) >99 %", timeout: .seconds(20))
            try tmux.press("q")
            try tmux.waitFor("EXIT=0")
            let clock = /\d\d:\d\d:\d\d/
            return screen.split(separator: "\n").prefix(34).map { $0.replacing(clock, with: "hh:mm:ss") }.joined(separator: "\n")
        }
        let alone = try settledScreen(arguments: "")
        #expect(alone.contains("┏━ 1 Investors"))
        #expect(alone == (try settledScreen(arguments: "dashboard")))
    }

    @Test func showsTheArticleAndFollowsTheKeysThroughAResize() throws {
        let tmux = try startDashboard()
        let first = try tmux.capture()
        for name in ["Amazon", "SoftBank", "Nvidia", "Microsoft", "AWS", "Azure", "Oracle"] {
            #expect(first.contains(name), "\(name) is not on the first screen")
        }
        #expect(first.contains("up to $50B"))
        #expect(first.contains("┏━ 1 Investors"), "the investors panel starts focused")

        try tmux.press("Tab")
        try tmux.waitFor("┏━ 2 Multi-cloud capacity")
        try tmux.press("3")
        try tmux.waitFor("┏━ 3 Risk indicators")

        try tmux.press("z")
        let zoomed = try tmux.waitUntil("the risk panel fills the screen") { !$0.contains("Multi-cloud capacity") }
        #expect(zoomed.contains("committed ÷ target"), "the zoomed risk panel shows formulas")

        try tmux.press("j")
        try tmux.press("Enter")
        // Alerts are listed first: the first row is the round's realisation.
        try tmux.waitFor(all: ["Explain: Round realisation", "Formula: realised ÷ committed = $0 ÷ $50B–$100B = 0.0 %",
                               "[article] Bloomberg (via the article)"])

        try tmux.press("Escape")
        try tmux.waitUntil("explain closed") { !$0.contains("Explain:") }
        try tmux.press("Escape")
        try tmux.waitFor("Multi-cloud capacity")

        try tmux.press("?")
        try tmux.waitFor(all: ["focus the next / previous panel", "q  Ctrl-C", "PgDn PgUp · any key closes"])
        try tmux.press("Space")
        try tmux.waitUntil("help closed") { !$0.contains("focus the next / previous panel") }

        try tmux.resize(width: 50, height: 15)
        // The focused panel is the one shown in tab mode.
        try tmux.waitFor(all: ["1 Investors │ 2 Capacity │ 3 Risk", "┏━ 3 Risk indicators"])
        try tmux.resize(width: 160, height: 48)
        try tmux.waitUntil("the full layout, no garbage from the small one left") { screen in
            screen.contains("Multi-cloud capacity") && screen.contains("┏━ 3 Risk indicators")
                && !screen.contains("1 Investors │ 2 Capacity")
        }

        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try expectShellUsable(tmux)
    }

    /// At 100×30: the header row explains the columns, a circular row its arithmetic (its table
    /// taking the panel's rows), the projection stands beside the indicators, and what has no
    /// room is named on the borders.
    @Test func headerAndTableRowsExplainAtOneHundredByThirty() throws {
        let tmux = try startDashboard(width: 100, height: 30)
        try tmux.waitFor(all: ["┗━ + circular, cap table ━", "Year  Revenue   Burn  Inflows      Cash      Due", "└─ + chart ─"])
        try tmux.press("j")
        try tmux.press("k")
        try tmux.press("Enter")
        try tmux.waitFor(all: ["Explain: Columns of Investors", "  back      contract spending flowing back to it"])
        try tmux.press("Escape")
        try tmux.waitUntil("explain closed") { !$0.contains("Explain:") }
        for _ in 0..<6 { try tmux.press("j") }
        try tmux.waitFor("Nvidia    GPUs")
        try tmux.press("Enter")
        try tmux.waitFor(all: ["Explain: Circular financing: Nvidia",
                               "Through others: 70.0 % × contracts paid to no investor $300B = $210B"])
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try expectShellUsable(tmux, width: 100)
    }

    @Test func tooSmallSaysWhatItNeeds() throws {
        let tmux = try startDashboard(width: 80, height: 24)
        try tmux.resize(width: 30, height: 8)
        try tmux.waitFor("need at least 40×10")
        try tmux.resize(width: 80, height: 24)
        try tmux.waitFor("Tab panel")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
        try expectShellUsable(tmux, width: 80)
    }

    @Test func ctrlCQuitsAndRestoresTheTerminal() throws {
        let tmux = try startDashboard()
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")
        try expectShellUsable(tmux)
    }

    @Test("SIGTERM and SIGHUP end the dashboard cleanly", arguments: [SIGTERM, SIGHUP])
    func signalsQuit(signal: Int32) throws {
        let pidFile = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-\(UUID().uuidString).pid").path
        defer { try? FileManager.default.removeItem(atPath: pidFile) }
        let tmux = try startDashboard(pidFile: pidFile)
        let pid = try #require(pid_t((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(pid, signal)
        try tmux.waitFor("EXIT=0")
        try expectShellUsable(tmux)
    }

    @Test func aThemeFromTheCommandLineAndTheTKey() throws {
        let tmux = try startDashboard(arguments: "--theme amber")
        #expect(try tmux.capture().contains("theme amber"))
        try tmux.press("t")
        try tmux.waitFor("theme: high-contrast")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    @Test func withoutATerminalItPointsAtExportAndSnapshot() throws {
        let binary = try #require(Self.binary)
        let tmux = try Tmux(width: 100, height: 20, command: "/bin/sh")
        try tmux.typeLine("'\(binary)' > /dev/null; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("EXIT=2")
        #expect(screen.contains("burnrate: the dashboard needs a terminal, and standard input or output is not one."))
        #expect(screen.contains("burnrate export --format json|csv|markdown"))
    }

    @Test func anUnknownTerminalTypeIsExplained() throws {
        let binary = try #require(Self.binary)
        let tmux = try Tmux(width: 120, height: 20, command: "/bin/sh")
        try tmux.typeLine("TERM=no-such-terminal '\(binary)'; echo \"EXIT=$?\"")
        let screen = try tmux.waitFor("EXIT=2")
        #expect(screen.contains("burnrate: unknown terminal type 'no-such-terminal': set TERM to one your system knows (e.g. xterm-256color)"))
    }

}
