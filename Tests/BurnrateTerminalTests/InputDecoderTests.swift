import CNcursesw
import Testing
import BurnrateView
@testable import BurnrateTerminal

@Suite("Bracketed paste decoding")
struct InputDecoderTests {
    private let start = CursesInput.keyCode(burnrate_key_paste_start())
    private let end = CursesInput.keyCode(burnrate_key_paste_end())

    private func decode(_ inputs: [CursesInput], with decoder: inout InputDecoder) -> [DecodedInput] {
        inputs.compactMap { decoder.decode($0) }
    }

    private func characters(_ text: String) -> [CursesInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test func aPasteIsOneEventWithItsTextAndKeysAroundItStayKeys() {
        var decoder = InputDecoder()
        let decoded = decode(characters("a") + [start] + characters("q:/é宽") + [end] + characters("q"), with: &decoder)
        #expect(decoded == [.key(.character("a")), .paste("q:/é宽"), .key(.character("q"))])
    }

    /// A paste may reach us over several reads: the decoder keeps its place between them.
    @Test func aPasteSpansReads() {
        var decoder = InputDecoder()
        #expect(decode([start] + characters("ora"), with: &decoder).isEmpty)
        #expect(decode(characters("cle") + [end], with: &decoder) == [.paste("oracle")])
    }

    /// Line breaks and tabs become one space and the ends are trimmed; Esc, Ctrl-C, DEL, C1
    /// controls and bidirectional overrides are dropped; keys inside a paste are not keys.
    @Test func controlCharactersNeverReachThePrompt() {
        var decoder = InputDecoder()
        let inputs = [start] + characters("\r\nfoo\r\n\tbar\u{3}\u{7F}\u{9B}\u{202E}baz\n") + [.keyCode(KEY_UP), end]
        #expect(decode(inputs, with: &decoder) == [.paste("foo barbaz")])
    }

    /// An escape sequence ncurses does not know reaches us as Esc and characters: inside a
    /// paste the Esc is dropped and the rest is text, so pasted text never acts as keys.
    @Test func onlyTheEndMarkerEndsAPaste() {
        var decoder = InputDecoder()
        #expect(decode([start] + characters("ab\u{1B}[Xq\u{1B}") + [end, .character(0x71)], with: &decoder)
                == [.paste("ab[Xq"), .key(.character("q"))])
    }

    @Test func aPasteIsCutAtItsLimitAndTheRestDropped() {
        var decoder = InputDecoder()
        let long = String(repeating: "x", count: InputDecoder.maximumLength + 500)
        #expect(decode([start] + characters(long) + [end], with: &decoder)
                == [.paste(String(repeating: "x", count: InputDecoder.maximumLength))])
    }

    @Test func emptyPastesAndStrayEndsAreNothing() {
        var decoder = InputDecoder()
        #expect(decode([start, .character(13), end, end], with: &decoder).isEmpty)
    }

    @Test func aResizeDuringAPasteStillArrives() {
        var decoder = InputDecoder()
        #expect(decode([start, .character(0x61), .keyCode(KEY_RESIZE), end], with: &decoder) == [.resize, .paste("a")])
    }
}

@Suite("Terminal description")
struct TerminalDescriptionTests {
    private let notice = { (term: String) in
        "burnrate: no terminfo entry for '\(term)' here; drew it as xterm-256color, which it is compatible with"
    }

    @Test(arguments: ["xterm-kitty", "alacritty", "alacritty-direct", "foot", "foot-extra", "ghostty", "xterm-ghostty",
                      "wezterm", "contour", "contour-latest", "rio", "vte-256color", "konsole-direct", "xterm-direct"])
    func xtermCompatibleTerminalsFallBackToXterm256color(term: String) {
        #expect(TerminalDescription.candidates(term: term, hintedDepth: nil)
                == [TerminalDescription(), TerminalDescription(name: "xterm-256color", notice: notice(term))])
    }

    /// A multiplexer, rxvt, a console or a name that only looks like one is not xterm; nor is
    /// a name that could not be a terminfo name (it would be printed in the notice).
    @Test(arguments: ["screen-kitty", "tmux-direct", "rxvt-unicode-24bit", "linux-16color", "dumb", "footer",
                      "xtermish", "xterm-\u{1B}[2J", "kitty kitty", "xterm-" + String(repeating: "x", count: 59)])
    func otherUnknownTerminalsAreTakenAsTheyAre(term: String) {
        #expect(TerminalDescription.candidates(term: term, hintedDepth: nil) == [TerminalDescription()])
    }

    /// A real xterm, VTE or iTerm2 says TERM=xterm and draws 256 colours: it opens as
    /// xterm-256color without a notice, and as xterm when that entry is missing.
    @Test func plainXtermWithHintsOfMoreColorsOpensAsXterm256color() {
        #expect(TerminalDescription.candidates(term: "xterm", hintedDepth: .indexed256)
                == [TerminalDescription(name: "xterm-256color"), TerminalDescription()])
        #expect(TerminalDescription.candidates(term: "xterm", hintedDepth: .trueColor)
                == [TerminalDescription(name: "xterm-256color"), TerminalDescription()])
        #expect(TerminalDescription.candidates(term: "xterm", hintedDepth: nil).first == TerminalDescription())
        #expect(TerminalDescription.candidates(term: "xterm-color", hintedDepth: .indexed256).first == TerminalDescription())
    }
}
