import Testing
@testable import BurnrateTerminal

@Suite("Screen errors")
struct ScreenErrorTests {
    /// TERM comes from the environment: a name holding escape sequences is shown escaped, so
    /// the message cannot clear the screen or retitle the window.
    @Test func terminalNamesAreShownEscaped() {
        #expect(ScreenError.unknownTerminal("x\u{1B}[2J\u{7}é").description
                == #"unknown terminal type 'x\u{1B}[2J\u{07}\u{00E9}': set TERM to one your system knows (e.g. xterm-256color)"#)
        #expect(ScreenError.cannotAddressCursor("dumb").description
                == "terminal type 'dumb' cannot move the cursor, which a full-screen view needs: "
                + "run burnrate in a terminal emulator (TERM=xterm-256color, for one)")
    }
}
