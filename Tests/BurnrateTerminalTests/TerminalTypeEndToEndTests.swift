import Foundation
import Testing

/// What other terminals send and say: TERM values this machine has no terminfo entry for, a
/// terminal that cannot draw a screen, cursor keys in both modes, a bracketed paste.
@Suite("Terminals end to end (tmux)", .serialized, .enabled(if: Tmux.isAvailable, "tmux is not installed"))
struct TerminalTypeEndToEndTests {
    private static let binary = BuiltProduct.path(of: "burnrate")
    private static let environment = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]

    /// kitty and alacritty install their terminfo entries with themselves, so over ssh the
    /// machine usually lacks them (this one does: the test checks). The dashboard opens as
    /// xterm-256color, and says so after it ends.
    @Test(arguments: ["xterm-kitty", "alacritty"])
    func anXtermCompatibleTerminalWithoutTerminfoStartsTheDashboard(term: String) throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 160, height: 48, command: "/bin/sh", environment: Self.environment)
        try tmux.typeLine("infocmp \(term) >/dev/null 2>&1; echo \"INFOCMP=$?\" | tr = :")
        try #require(try tmux.waitFor("INFOCMP:").contains("INFOCMP:1"),
                     "\(term) has a terminfo entry here: the fallback is not tested")
        try tmux.typeLine("clear; TERM=\(term) '\(binary)'; echo \"EXIT=$?\"")
        try tmux.waitFor(all: ["Multi-cloud capacity", "Tab panel"])
        try tmux.press("q")
        let screen = try tmux.waitFor("EXIT=0")
        #expect(screen.contains("burnrate: no terminfo entry for '\(term)' here; drew it as xterm-256color, which it is compatible with"))
    }

    /// A real xterm says TERM=xterm (8 colours in terminfo) and XTERM_VERSION, and draws 256:
    /// the probe opens xterm-256color's description for it, and without the hint stays at 8.
    @Test func xtermWithItsVersionSetDrawsInTwoHundredFiftySixColors() throws {
        let probe = try #require(BuiltProduct.path(of: "BurnrateTerminalProbe"), "run `swift build --build-tests`")
        let tmux = try Tmux(width: 80, height: 24, command: "/bin/sh", environment: Self.environment)
        let unset = "env -u NO_COLOR -u COLORTERM -u VTE_VERSION -u TERM_PROGRAM -u XTERM_VERSION"
        for (hint, expected) in [("XTERM_VERSION='XTerm(390)'", "depth: indexed256 colors: 256"), ("", "depth: eight colors: 8")] {
            try tmux.typeLine("clear; \(unset) TERM=xterm \(hint) '\(probe)'")
            try tmux.waitFor(all: ["probe 80x24", expected])
            try tmux.press("q")
            try tmux.waitFor("probe exit: q")
        }
    }

    @Test func aTerminalThatCannotMoveTheCursorIsRefused() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 200, height: 20, command: "/bin/sh", environment: Self.environment)
        for command in ["", " present", " notes"] {
            try tmux.typeLine("clear; TERM=dumb '\(binary)'\(command); echo \"EXIT=$?\" | tr = :")
            let screen = try tmux.waitFor("EXIT:")
            #expect(screen.contains("burnrate: terminal type 'dumb' cannot move the cursor, which a full-screen view needs: "
                                    + "run burnrate in a terminal emulator (TERM=xterm-256color, for one)"), "burnrate\(command)")
            #expect(screen.contains("EXIT:2"), "burnrate\(command)")
        }
    }

    /// The presentation asks for application cursor keys (`ESC O C`); a terminal or a
    /// multiplexer that ignores the request sends `ESC [ C`. Both move on a slide, and the rxvt
    /// and console forms of End and Home go to the last slide and back.
    @Test func rightArrowInEitherCursorKeyModeMovesASlide() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 120, height: 36, command: "/bin/sh", environment: Self.environment)
        try tmux.typeLine("'\(binary)' present; echo \"EXIT=$?\"")
        try tmux.waitFor("1/13")
        try tmux.sendBytes([0x1B, 0x5B, 0x43])
        try tmux.waitFor("2/13")
        try tmux.sendBytes([0x1B, 0x4F, 0x43])
        try tmux.waitFor("3/13")
        try tmux.sendBytes([0x1B, 0x5B, 0x38, 0x7E])
        try tmux.waitFor("13/13")
        try tmux.sendBytes([0x1B, 0x5B, 0x31, 0x7E])
        try tmux.waitFor("1/13")
        try tmux.press("q")
        try tmux.waitFor("EXIT=0")
    }

    /// A pasted line goes into the filter as text: it filters the providers at once, and its
    /// line break does not press Enter (the prompt stays open).
    @Test func aBracketedPasteIntoTheFilterPromptFilters() throws {
        let binary = try #require(Self.binary, "burnrate is not built: run `swift build`")
        let tmux = try Tmux(width: 160, height: 48, command: "/bin/sh", environment: Self.environment)
        try tmux.typeLine("'\(binary)'; echo \"EXIT=$?\"")
        try tmux.waitFor("Tab panel")
        try tmux.press("2", "/")
        try tmux.waitFor("Enter keep filter")
        try tmux.paste("ora\n")
        let filtered = try tmux.waitFor("/ora▏")
        #expect(filtered.contains("Enter keep filter"), "the pasted line break pressed Enter")
        #expect(filtered.contains("Oracle (Stargate)"))
        // The capacity legend names every provider; the focused panel's list has no Azure row.
        #expect(!filtered.contains("┃ Microsoft Azure"), "Microsoft Azure does not match ora")
        try tmux.press("Escape", "q")
        try tmux.waitFor("EXIT=0")
    }
}
