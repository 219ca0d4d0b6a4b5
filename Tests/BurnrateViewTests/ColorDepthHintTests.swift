import Testing
@testable import BurnrateView

/// What a terminal emulator says about its colours through the environment.
@Suite struct ColorDepthHintTests {
    @Test(arguments: [
        ([:], nil),
        (["COLORTERM": "truecolor"], ColorDepth.trueColor),
        (["COLORTERM": "24BIT"], .trueColor),
        (["COLORTERM": "yes"], nil),
        // xterm draws 256 colours even as TERM=xterm; its direct colour is matched to the palette.
        (["TERM": "xterm", "XTERM_VERSION": "XTerm(390)"], .indexed256),
        // VTE drew direct colour from 0.36 on.
        (["TERM": "xterm-256color", "VTE_VERSION": "7602"], .trueColor),
        (["VTE_VERSION": "3600"], .trueColor),
        (["VTE_VERSION": "3405"], .indexed256),
        (["VTE_VERSION": "not a number"], nil),
        (["TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.5.10"], .trueColor),
        (["TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "2.1.4"], .indexed256),
        (["TERM_PROGRAM": "iTerm.app"], .indexed256),
        (["TERM_PROGRAM": "WezTerm"], .trueColor),
        (["TERM_PROGRAM": "vscode"], .trueColor),
        (["TERM_PROGRAM": "ghostty"], .trueColor),
        (["TERM_PROGRAM": "Apple_Terminal"], .indexed256),
        (["TERM_PROGRAM": "tmux"], nil),
        // Inside screen or tmux the outer terminal's variables say nothing of what gets through.
        (["TERM": "screen-256color", "TERM_PROGRAM": "iTerm.app", "TERM_PROGRAM_VERSION": "3.5"], nil),
        (["TERM": "tmux-256color", "VTE_VERSION": "7602", "XTERM_VERSION": "XTerm(390)"], nil),
        (["TERM": "screen", "COLORTERM": "truecolor"], .trueColor),
    ] as [([String: String], ColorDepth?)])
    func hints(environment: [String: String], expected: ColorDepth?) {
        #expect(ColorDepth.hinted(by: environment) == expected)
    }

    /// Hints raise what terminfo reports, never lower it; NO_COLOR still wins.
    @Test(arguments: [
        (["TERM": "xterm", "XTERM_VERSION": "XTerm(390)"], 8, ColorDepth.indexed256),
        (["TERM": "xterm", "VTE_VERSION": "7602"], 8, .trueColor),
        (["TERM": "xterm-direct", "TERM_PROGRAM": "Apple_Terminal"], 16_777_216, .trueColor),
        (["TERM": "xterm", "XTERM_VERSION": "XTerm(390)", "NO_COLOR": "1"], 8, .monochrome),
    ] as [([String: String], Int, ColorDepth)])
    func detectionTakesTheHints(environment: [String: String], colors: Int, expected: ColorDepth) {
        #expect(ColorDepth.detect(environment: environment, colors: colors) == expected)
    }
}
