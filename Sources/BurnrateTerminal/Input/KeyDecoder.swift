import BurnrateCore

import CNcursesw

/// Turns `get_wch` results into keys. Pure, so the whole table is tested without a terminal.
public enum KeyDecoder {
    /// The meaning of one input, or nil for one the dashboard has no use for (a lone NUL,
    /// a key code such as KEY_PRINT). A modified arrow, Home or End counts as the key itself:
    /// the dashboard gives modifiers no meaning. Bracketed paste is `InputDecoder`'s.
    public static func decode(_ input: CursesInput) -> DecodedInput? {
        switch input {
        case .character(let value): return decodeCharacter(value).map(DecodedInput.key)
        case .keyCode(let code): return decodeKeyCode(code)
        }
    }

    private static func decodeCharacter(_ value: UInt32) -> Key? {
        switch value {
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x60)))
        case 0, 28...31: return .ctrl(Character(Unicode.Scalar(UInt8(value) + 0x40)))
        case 0x80..<0xA0: return nil
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private static let functionKeys = burnrate_key_f(1)...burnrate_key_f(63)

    private static func decodeKeyCode(_ code: Int32) -> DecodedInput? {
        switch code {
        case KEY_UP, KEY_SR: return .key(.up)
        case KEY_DOWN, KEY_SF: return .key(.down)
        case KEY_LEFT, KEY_SLEFT: return .key(.left)
        case KEY_RIGHT, KEY_SRIGHT: return .key(.right)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME, KEY_SHOME: return .key(.home)
        case KEY_END, KEY_SEND: return .key(.end)
        case KEY_IC: return .key(.insert)
        case KEY_DC: return .key(.delete)
        case KEY_RESIZE: return .resize
        case KEY_MOUSE: return .mouse
        case functionKeys: return .key(.function(Int(code - burnrate_key_f(0))))
        default: return nil
        }
    }
}
