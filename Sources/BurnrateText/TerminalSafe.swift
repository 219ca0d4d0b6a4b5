/// Text from a file made safe to show on a terminal: every character that could move the
/// cursor, start an escape sequence, reorder the line or hide itself is shown as a readable
/// escape instead, so that `burnrate check` on someone else's file cannot clear the screen, set
/// the window title, write the clipboard, or make "sheep" read as "peehs".
///
/// The escapes, one form for each kind:
/// - `\0`, `\t`, `\n`, `\r` and `\e` (ESC) for the five C0 controls people know by name;
/// - `\u{XX}` for every other one, in upper-case hexadecimal of at least two digits: the other
///   C0 controls (`\u{07}`), DEL (`\u{7F}`), the C1 controls U+0080–U+009F (`\u{9B}`, which
///   some terminals take for `ESC [`), and the invisible characters below (`\u{202E}`).
///
/// Invisible characters shown escaped, because in a terminal cell they either draw nothing
/// while changing what the text means or looks like, or are read by the terminal as a
/// command:
/// - bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
///   U+202A–U+202E, U+2066–U+2069), which reorder the rest of the line ("Trojan Source");
/// - line and paragraph separators (U+2028, U+2029), which some terminals and editors break on;
/// - zero-width and invisible format characters: soft hyphen U+00AD, Mongolian vowel
///   separator U+180E, U+200B–U+200D (zero-width space, non-joiner, joiner), U+2060–U+206F
///   (word joiner, invisible operators, deprecated format controls), U+FEFF (byte order mark),
///   U+FFF9–U+FFFB (annotation), the shorthand and musical format controls U+1BCA0–U+1BCA3 and
///   U+1D173–U+1D17A, and the tag characters U+E0000–U+E007F, all of which let two names that
///   differ look the same or smuggle text past a reader. A terminal does not shape text, so
///   escaping the (non-)joiners loses nothing that a cell could show;
/// - the Hangul fillers U+3164 and U+FFA0, letters that draw as blanks and pass for spaces.
///
/// Two of those stay as they are where they build a picture, so that names with emoji draw:
/// the zero-width joiner between two emoji (👩‍💻, 🏳️‍🌈) and the tags of a subdivision flag
/// (🏴 followed by tags). Variation selectors (U+FE00–U+FE0F) stay too: they choose how an
/// emoji or ideograph looks and only ever follow the character they change.
///
/// A backslash is shown as it is, not doubled: the dashboard draws its own backslashes, and a
/// literal `\e` in a file is harmless text that reads the same as the escape it spells. The
/// escapes are there to be read, never read back; the JSON export is the lossless form.
public enum TerminalSafe {
    /// `text` with every character above escaped; the text itself when there is none.
    public static func escape(_ text: some StringProtocol) -> String {
        if isPrintableASCII(text) || !text.unicodeScalars.contains(where: isHidden) { return String(text) }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if needsEscaping(character) { appendEscaped(character, to: &result) } else { result.append(character) }
        }
        return result
    }

    /// The same, keeping the line breaks of text meant to span lines (speaker notes, messages
    /// of several lines): every line escaped on its own, and ended by `\n` (a CR LF too).
    public static func escapeKeepingLineBreaks(_ text: some StringProtocol) -> String {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(escape).joined(separator: "\n")
    }

    /// Whether the character draws differently once escaped: it holds a scalar `isHidden`
    /// names, other than a joiner or tag inside an emoji.
    public static func needsEscaping(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii < 0x20 || ascii == 0x7F }
        let scalars = Array(character.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where isHidden(scalar) && !buildsEmoji(at: index, in: scalars) {
            return true
        }
        return false
    }

    /// Whether the scalar is one of those listed above, wherever it stands: what the JSON export
    /// writes as `\uXXXX`, and what a caller checks before the dearer `needsEscaping`.
    @inlinable
    public static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 }
        if value < 0xA0 { return true }
        if value < 0x2000 { return value == 0xAD || value == 0x61C || value == 0x180E }
        if value < 0x2070 { return (0x200B...0x200F).contains(value) || (0x2028...0x202E).contains(value) || value >= 0x2060 }
        if value < 0xE000 { return value == 0x3164 }
        if value < 0x10000 { return value == 0xFEFF || value == 0xFFA0 || (0xFFF9...0xFFFB).contains(value) }
        return (0x1BCA0...0x1BCA3).contains(value) || (0x1D173...0x1D17A).contains(value) || (0xE0000...0xE007F).contains(value)
    }

    /// The escape that shows one hidden scalar: `\e`, `\u{202E}`.
    public static func escapeSequence(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00: "\\0"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x1B: "\\e"
        default: "\\u{" + QuotedText.hex(scalar.value, digits: 2) + "}"
        }
    }

    private static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } } ?? false
    }

    private static func appendEscaped(_ character: Character, to result: inout String) {
        let scalars = Array(character.unicodeScalars)
        var kept = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if isHidden(scalar) && !buildsEmoji(at: index, in: scalars) {
                result.unicodeScalars.append(contentsOf: kept)
                kept.removeAll()
                result += escapeSequence(for: scalar)
            } else {
                kept.append(scalar)
            }
        }
        result.unicodeScalars.append(contentsOf: kept)
    }

    /// A joiner between two emoji of one grapheme, or a tag of a flag's tag sequence.
    private static func buildsEmoji(at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        let value = scalars[index].value
        if value == 0x200D {
            guard index > 0, index + 1 < scalars.count else { return false }
            let before = scalars[index - 1], after = scalars[index + 1]
            return (isPictograph(before) || before.value == 0xFE0F) && isPictograph(after)
        }
        return (0xE0020...0xE007F).contains(value) && scalars[0].value == 0x1F3F4
    }

    /// An emoji other than the ASCII digits, `#` and `*` (which are emoji only in keycaps).
    private static func isPictograph(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA9 && scalar.properties.isEmoji
    }
}
