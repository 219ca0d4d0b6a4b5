import CNcursesw
import Testing
@testable import BurnrateTerminal

/// The sequences defined for ncurses beside terminfo's own.
@Suite("Key sequences")
struct KeySequencesTests {
    @Test("each key in its forms", arguments: [
        // Both cursor-key modes.
        ("\u{1B}[C", KEY_RIGHT), ("\u{1B}OC", KEY_RIGHT), ("\u{1B}[A", KEY_UP), ("\u{1B}OA", KEY_UP),
        ("\u{1B}[H", KEY_HOME), ("\u{1B}OH", KEY_HOME), ("\u{1B}[F", KEY_END), ("\u{1B}OF", KEY_END),
        // rxvt: Home and End, Shift and Ctrl with an arrow.
        ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END), ("\u{1B}[c", KEY_SRIGHT), ("\u{1B}Od", KEY_SLEFT),
        ("\u{1B}[7$", KEY_SHOME), ("\u{1B}[8^", KEY_SEND),
        // Linux console: Home, End, F1 and F5.
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[[A", burnrate_key_f(1)), ("\u{1B}[[E", burnrate_key_f(5)),
        // xterm with modifiers, vt220 function keys.
        ("\u{1B}[1;5C", KEY_SRIGHT), ("\u{1B}[1;2H", KEY_SHOME), ("\u{1B}[15~", burnrate_key_f(5)), ("\u{1B}[24~", burnrate_key_f(12)),
        ("\u{1B}OP", burnrate_key_f(1)),
        // Bracketed paste.
        ("\u{1B}[200~", burnrate_key_paste_start()), ("\u{1B}[201~", burnrate_key_paste_end()),
    ])
    func defines(sequence: String, code: Int32) {
        #expect(KeySequences.all.filter { $0.sequence == sequence }.map(\.code) == [code])
    }

    /// No sequence twice, none a prefix of another (ncurses could never finish reading it).
    @Test func everySequenceIsDistinctAndNoneIsAPrefixOfAnother() {
        let sequences = KeySequences.all.map(\.sequence)
        #expect(Set(sequences).count == sequences.count)
        for sequence in sequences {
            #expect(sequence.hasPrefix("\u{1B}"))
            #expect(!sequences.contains { $0 != sequence && $0.hasPrefix(sequence) }, "\(sequence.debugDescription)")
        }
    }
}
