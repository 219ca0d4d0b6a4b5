import BurnrateText
import BurnrateModel
import Testing

/// `TerminalSafe.escape`: what a terminal is shown of text from a file.
@Suite struct TerminalSafeTests {
    @Test("printable text stays as it is", arguments: [
        "", "burnrate", "C:\\path\\to\\e", "Société Générale", "日本語", "$100B+ ±5 %", "👩‍💻 and 🏳️‍🌈 and 👨‍👩‍👧",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} Scotland", "e\u{301}", "☺\u{FE0F}", "a\u{FE0E}",
    ])
    func printable(text: String) {
        #expect(TerminalSafe.escape(text) == text)
        #expect(TerminalSafe.escape(text).unicodeScalars.elementsEqual(text.unicodeScalars))
    }

    @Test("the named C0 controls", arguments: [
        ("\u{0}", #"\0"#), ("\t", #"\t"#), ("\n", #"\n"#), ("\r", #"\r"#), ("\u{1B}", #"\e"#),
        ("\r\n", #"\r\n"#),
    ])
    func namedControls(text: String, shown: String) {
        #expect(TerminalSafe.escape(text) == shown)
    }

    @Test func everyC0ControlDelAndC1() {
        let c0 = (0x00...0x1F).map { String(Unicode.Scalar(UInt8($0))) }.joined()
        #expect(TerminalSafe.escape(c0) == #"\0\u{01}\u{02}\u{03}\u{04}\u{05}\u{06}\u{07}\u{08}\t\n\u{0B}\u{0C}\r"#
            + #"\u{0E}\u{0F}\u{10}\u{11}\u{12}\u{13}\u{14}\u{15}\u{16}\u{17}\u{18}\u{19}\u{1A}\e\u{1C}\u{1D}\u{1E}\u{1F}"#)
        #expect(TerminalSafe.escape("\u{7F}") == #"\u{7F}"#)
        let c1 = (0x80...0x9F).map { String(Unicode.Scalar(UInt8($0))) }.joined()
        #expect(TerminalSafe.escape(c1) == (0x80...0x9F).map { "\\u{\(String($0, radix: 16, uppercase: true))}" }.joined())
    }

    @Test("the sequences of the issue", arguments: [
        ("a\u{1B}[2Jb", #"a\e[2Jb"#),
        ("ok\rEVIL", #"ok\rEVIL"#),
        ("\u{1B}]52;c;ZXZpbA==\u{7}", #"\e]52;c;ZXZpbA==\u{07}"#),
        ("\u{9B}31m", #"\u{9B}31m"#),
        ("key\nwith a line break", #"key\nwith a line break"#),
    ])
    func issueSequences(text: String, shown: String) {
        #expect(TerminalSafe.escape(text) == shown)
    }

    @Test("bidirectional controls", arguments: [
        (0x061C, "\\u{61C}"), (0x200E, "\\u{200E}"), (0x200F, "\\u{200F}"), (0x202A, "\\u{202A}"),
        (0x202B, "\\u{202B}"), (0x202C, "\\u{202C}"), (0x202D, "\\u{202D}"), (0x202E, "\\u{202E}"),
        (0x2066, "\\u{2066}"), (0x2067, "\\u{2067}"), (0x2068, "\\u{2068}"), (0x2069, "\\u{2069}"),
    ])
    func bidi(value: UInt32, shown: String) {
        #expect(TerminalSafe.escape("x" + String(Unicode.Scalar(value)!) + "y") == "x" + shown + "y")
    }

    @Test("invisible format characters", arguments: [
        (0x00AD, "\\u{AD}"), (0x180E, "\\u{180E}"), (0x200B, "\\u{200B}"), (0x200C, "\\u{200C}"), (0x200D, "\\u{200D}"),
        (0x2028, "\\u{2028}"), (0x2029, "\\u{2029}"), (0x2060, "\\u{2060}"), (0x2064, "\\u{2064}"), (0x206F, "\\u{206F}"),
        (0x3164, "\\u{3164}"), (0xFEFF, "\\u{FEFF}"), (0xFFA0, "\\u{FFA0}"), (0xFFF9, "\\u{FFF9}"),
        (0x1BCA0, "\\u{1BCA0}"), (0x1D173, "\\u{1D173}"), (0xE0001, "\\u{E0001}"), (0xE0041, "\\u{E0041}"),
    ])
    func invisible(value: UInt32, shown: String) {
        #expect(TerminalSafe.escape("pay" + String(Unicode.Scalar(value)!) + "pal") == "pay" + shown + "pal")
    }

    /// A joiner that joins no two emoji, and tags outside a flag, hide text: escaped.
    @Test func joinersAndTagsOutsideEmoji() {
        #expect(TerminalSafe.escape("a\u{200D}b") == #"a\u{200D}b"#)
        #expect(TerminalSafe.escape("😀\u{200D}") == #"😀\u{200D}"#)
        #expect(TerminalSafe.escape("😀\u{200D}x") == #"😀\u{200D}x"#)
        #expect(TerminalSafe.escape("1\u{200D}😀") == #"1\u{200D}😀"#)
        #expect(TerminalSafe.escape("ok\u{E0068}\u{E0069}") == #"ok\u{E0068}\u{E0069}"#)
        #expect(TerminalSafe.escape("é\u{200B}") == #"é\u{200B}"#)
    }

    @Test func linesKeptWhenAsked() {
        #expect(TerminalSafe.escapeKeepingLineBreaks("one\u{1B}[2J\ntwo\r\n\nthree\t") == "one\\e[2J\ntwo\n\nthree\\t")
        #expect(TerminalSafe.escapeKeepingLineBreaks("a\rb\n") == "a\\rb\n")
    }

    @Test func substringsToo() {
        let text = "id: \u{202E}gnp.exe"
        #expect(TerminalSafe.escape(text.dropFirst(4)) == #"\u{202E}gnp.exe"#)
    }

    /// JSON keeps the text whole: the same characters as `\u` escapes, a surrogate pair past U+FFFF.
    @Test func jsonWritesThemAsUnicodeEscapes() {
        #expect(JSONValue.string("a\u{1B}[2J\u{7F}\u{9B}\u{202E}b\u{E0041}👩‍💻").serialized()
            == #""a\u001b[2J\u007f\u009b\u202eb\udb40\udc41👩\u200d💻""# + "\n")
    }

    /// Everything the escapes are made of is printable ASCII, so escaping twice changes nothing.
    @Test func escapingTwiceIsEscapingOnce() {
        let hostile = (0...0x2070).compactMap(Unicode.Scalar.init).map(String.init).joined()
        let once = TerminalSafe.escape(hostile)
        #expect(TerminalSafe.escape(once) == once)
        #expect(!once.unicodeScalars.contains(where: TerminalSafe.isHidden))
    }
}
