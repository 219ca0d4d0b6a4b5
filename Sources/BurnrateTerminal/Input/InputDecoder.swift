import CNcursesw

/// Decodes `get_wch` results one after another: keys through `KeyDecoder`, and a bracketed
/// paste (`ESC [ 200 ~` text `ESC [ 201 ~`) into one `.paste` of its text, however many reads
/// it spans. Pure, so pastes are tested without a terminal.
///
/// Pasted text is for one-line prompts: line breaks and tabs become one space, other control
/// characters (C0, DEL, C1) and bidirectional overrides are dropped, space around it is
/// trimmed, and at most `maximumLength` code points are kept (the rest of a longer paste is
/// read and dropped). Key codes inside a paste are dropped too: only its end marker ends it,
/// so nothing pasted (an Esc, a Ctrl-C, an escape sequence) ever acts as a key.
public struct InputDecoder: Sendable {
    public static let maximumLength = 1024

    /// The text of the paste being read; nil outside one.
    private var pasted: String.UnicodeScalarView?
    private var pastedLength = 0

    public init() {}

    public mutating func decode(_ input: CursesInput) -> DecodedInput? {
        if input == .keyCode(burnrate_key_paste_start()) {
            pasted = String.UnicodeScalarView()
            pastedLength = 0
            return nil
        }
        guard pasted != nil else {
            return input == .keyCode(burnrate_key_paste_end()) ? nil : KeyDecoder.decode(input)
        }
        switch input {
        case .keyCode(burnrate_key_paste_end()):
            return finishPaste()
        case .keyCode(let code):
            return code == KEY_RESIZE ? .resize : nil
        case .character(let value):
            take(value)
            return nil
        }
    }

    private mutating func take(_ value: UInt32) {
        guard let scalar = Unicode.Scalar(value) else { return }
        let replacement: Unicode.Scalar?
        switch value {
        case 9, 10, 13: replacement = pasted?.last == " " ? nil : " "
        case 0..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: replacement = nil
        default: replacement = scalar
        }
        guard let replacement, pastedLength < Self.maximumLength else { return }
        pasted?.append(replacement)
        pastedLength += 1
    }

    private mutating func finishPaste() -> DecodedInput? {
        let text = String(pasted ?? String.UnicodeScalarView()).trimmingWhitespace
        pasted = nil
        return text.isEmpty ? nil : .paste(text)
    }
}

private extension String {
    var trimmingWhitespace: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
