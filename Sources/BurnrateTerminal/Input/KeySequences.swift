import CNcursesw

/// The sequences keys arrive as from terminals other than the one terminfo describes, for
/// ncurses's `define_key`: terminfo knows one form of each key, while a terminal in normal
/// cursor-key mode, a multiplexer, rxvt or the Linux console may send another. Each is defined
/// only where the description has not already given the sequence a meaning.
enum KeySequences {
    static let bracketedPasteStart = "\u{1B}[200~"
    static let bracketedPasteEnd = "\u{1B}[201~"

    static let all: [(sequence: String, code: Int32)] = {
        let paste: [(sequence: String, code: Int32)] = [
            (bracketedPasteStart, burnrate_key_paste_start()), (bracketedPasteEnd, burnrate_key_paste_end()),
        ]
        return [cursorKeys, modifiedCursorKeys, editingKeys, functionKeys, paste].flatMap { $0 }
    }()

    /// Arrows, Home and End in both cursor-key modes (`ESC [ C` normal, `ESC O C` application).
    static let cursorKeys: [(sequence: String, code: Int32)] = {
        let keys: [(final: String, code: Int32)] = [
            ("A", KEY_UP), ("B", KEY_DOWN), ("C", KEY_RIGHT), ("D", KEY_LEFT), ("H", KEY_HOME), ("F", KEY_END),
        ]
        return keys.flatMap { key -> [(sequence: String, code: Int32)] in
            [("\u{1B}[" + key.final, key.code), ("\u{1B}O" + key.final, key.code)]
        }
    }()

    /// Shift, Ctrl and Alt with an arrow, Home or End: xterm's `ESC [ 1 ; m C` (m 2-8) and
    /// rxvt's `ESC [ c` (Shift), `ESC O c` (Ctrl), `ESC [ 7 $` / `ESC [ 7 ^`. They arrive as the
    /// shifted key codes ncurses has, which the dashboard takes as the keys themselves.
    static let modifiedCursorKeys: [(sequence: String, code: Int32)] = {
        let shifted: [(final: String, rxvt: String?, code: Int32)] = [
            ("A", "a", KEY_SR), ("B", "b", KEY_SF), ("C", "c", KEY_SRIGHT), ("D", "d", KEY_SLEFT),
            ("H", nil, KEY_SHOME), ("F", nil, KEY_SEND),
        ]
        let rxvtHomeEnd: [(sequence: String, code: Int32)] = [
            ("\u{1B}[7$", KEY_SHOME), ("\u{1B}[7^", KEY_SHOME), ("\u{1B}[8$", KEY_SEND), ("\u{1B}[8^", KEY_SEND),
        ]
        return shifted.flatMap { key -> [(sequence: String, code: Int32)] in
            let xterm = (2...8).map { (sequence: "\u{1B}[1;\($0)" + key.final, code: key.code) }
            guard let rxvt = key.rxvt else { return xterm }
            return xterm + [("\u{1B}[" + rxvt, key.code), ("\u{1B}O" + rxvt, key.code)]
        } + rxvtHomeEnd
    }()

    /// The vt220 editing keys, with Home and End as the Linux console (`ESC [ 1 ~`, `ESC [ 4 ~`)
    /// and rxvt (`ESC [ 7 ~`, `ESC [ 8 ~`) send them; keypad Enter and Shift-Tab.
    static let editingKeys: [(sequence: String, code: Int32)] = [
        ("\u{1B}[1~", KEY_HOME), ("\u{1B}[4~", KEY_END), ("\u{1B}[7~", KEY_HOME), ("\u{1B}[8~", KEY_END),
        ("\u{1B}[2~", KEY_IC), ("\u{1B}[3~", KEY_DC), ("\u{1B}[5~", KEY_PPAGE), ("\u{1B}[6~", KEY_NPAGE),
        ("\u{1B}OM", KEY_ENTER), ("\u{1B}[Z", KEY_BTAB),
    ]

    /// F1-F12: xterm's `ESC O P`-`ESC O S`, the vt220 and rxvt `ESC [ 11 ~`…`ESC [ 24 ~`, and the
    /// Linux console's `ESC [ [ A`-`ESC [ [ E`.
    static let functionKeys: [(sequence: String, code: Int32)] = {
        let key = { (number: Int) in burnrate_key_f(Int32(number)) }
        let xterm = ["P", "Q", "R", "S"].enumerated().map { (sequence: "\u{1B}O" + $0.element, code: key($0.offset + 1)) }
        let vt220 = [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24].enumerated().map {
            (sequence: "\u{1B}[\($0.element)~", code: key($0.offset + 1))
        }
        let linux = ["A", "B", "C", "D", "E"].enumerated().map { (sequence: "\u{1B}[[" + $0.element, code: key($0.offset + 1)) }
        return xterm + vt220 + linux
    }()
}
