import Testing
@testable import BurnrateView

@Suite struct KeyNameTests {
    /// Every kind of key, each spelled once.
    static let everyKind: [Key] = [
        .character("q"), .character("Q"), .character("?"), .character(":"), .character(" "), .character("é"), .character("€"),
        .up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace,
        .pageUp, .pageDown, .home, .end, .insert, .delete, .function(1), .function(12), .function(63),
        .ctrl("a"), .ctrl("c"), .ctrl("z"), .ctrl("@"), .ctrl("\\"), .ctrl("]"), .ctrl("^"), .ctrl("_"),
    ]

    @Test(arguments: everyKind)
    func everyKeyReadsBackFromItsName(_ key: Key) throws {
        #expect(try KeyName.key(named: KeyName.name(of: key)) == key)
    }

    @Test(arguments: everyKind)
    func everyKeyReadsBackFromItsLabel(_ key: Key) throws {
        #expect(try KeyName.key(named: KeyName.label(of: key)) == key)
    }

    @Test func labelsAreTheOnesHelpShows() {
        let labels = [Key.character("q"), .ctrl("c"), .tab, .backTab, .function(5), .pageDown, .pageUp, .home, .end,
                      .enter, .escape, .character(" "), .backspace, .up, .down, .left, .right].map(KeyName.label(of:))
        #expect(labels == ["q", "Ctrl-C", "Tab", "Shift-Tab", "F5", "PgDn", "PgUp", "Home", "End",
                           "Enter", "Esc", "space", "Backspace", "↑", "↓", "←", "→"])
        #expect(KeyName.labels([.up, .down, .pageUp, .pageDown], separator: " ") == "↑↓ PgUp PgDn")
        #expect(KeyName.labels([.character("-"), .character("+")], separator: "/") == "-/+")
    }

    @Test func namesAreTheOnesConfigFilesWrite() {
        let names = [Key.character("q"), .ctrl("c"), .tab, .backTab, .function(5), .pageDown, .pageUp, .home, .end,
                     .enter, .escape, .character(" "), .backspace, .up, .down, .left, .right].map(KeyName.name(of:))
        #expect(names == ["q", "ctrl-c", "tab", "shift-tab", "f5", "pgdn", "pgup", "home", "end",
                          "enter", "esc", "space", "backspace", "up", "down", "left", "right"])
    }

    @Test func longerNamesIgnoreCaseAndSingleCharactersDoNot() throws {
        #expect(try KeyName.key(named: "Ctrl-C") == .ctrl("c"))
        #expect(try KeyName.key(named: "PgDn") == .pageDown)
        #expect(try KeyName.key(named: "F5") == .function(5))
        #expect(try KeyName.key(named: "Shift-Tab") == .backTab)
        #expect(try KeyName.key(named: "Q") == .character("Q"))
    }

    @Test func arrowsAndOtherSpellingsAreAccepted() throws {
        #expect(try ["↑", "↓", "←", "→", "escape", "return", "pageup", "pagedown", " "].map(KeyName.key(named:))
            == [.up, .down, .left, .right, .escape, .enter, .pageUp, .pageDown, .character(" ")])
    }

    @Test func unknownNamesSayWhatIsExpected() {
        let expected = "expected a key name (a single character such as q or ?, or one of ctrl-LETTER, f1 to f63, tab, shift-tab, "
            + "enter, esc, space, backspace, up, down, left, right, pgup, pgdn, home, end, insert, delete), found "
        #expect(throws: KeyNameError.unknown("ctrl-cc")) { try KeyName.key(named: "ctrl-cc") }
        #expect(KeyNameError.unknown("ctrl-cc").description == expected + "\"ctrl-cc\"")
        for text in ["f0", "f64", "f05", "f+1", "ctrl-1", "ctrl-é", "shift-q", "qq", "\n", "\u{7}"] {
            #expect(throws: KeyNameError.unknown(text)) { try KeyName.key(named: text) }
        }
        // Control characters in what was found are shown escaped, never sent to the terminal.
        #expect(KeyNameError.unknown("\u{1B}[2J").description == expected + "\"\\e[2J\"")
    }

    @Test func emptyAndOverlongNamesAreRefusedBeforeTheyAreRead() {
        #expect(throws: KeyNameError.empty) { try KeyName.key(named: "") }
        #expect(KeyNameError.empty.description == "expected a key name, found nothing")
        let long = String(repeating: "x", count: 100_000)
        #expect(throws: KeyNameError.tooLong(long)) { try KeyName.key(named: long) }
        #expect(KeyNameError.tooLong(long).description
            == "expected a key name (at most 16 characters), found \"xxxxxxxxxxxxxxxx\"…")
    }

    @Test func ctrlKeysTheTerminalSendsAsOthersNameTheKeyToWrite() {
        #expect(throws: KeyNameError.arrivesAs("ctrl-h", "backspace")) { try KeyName.key(named: "ctrl-h") }
        #expect(throws: KeyNameError.arrivesAs("Ctrl-M", "enter")) { try KeyName.key(named: "Ctrl-M") }
        #expect(KeyNameError.arrivesAs("ctrl-i", "tab").description == "\"ctrl-i\" reaches burnrate as tab: write tab")
    }
}
