import BurnrateText

/// How many terminal columns text takes: 2 for East Asian wide and fullwidth characters and for
/// emoji shown as pictures, the width of its escape for a character `TerminalSafe` escapes (a
/// canvas draws `\e`, never ESC), 1 otherwise. Computed here rather than with wcwidth(3) so
/// that it does not depend on the locale and agrees with itself in tests.
public enum TextWidth {
    public static func of(_ character: Character) -> Int {
        // ASCII first: nearly every cell of a frame is, and this is its hottest path.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        let scalars = character.unicodeScalars
        let first = scalars.first!
        if scalars.index(after: scalars.startIndex) == scalars.endIndex { return of(first) }
        if TerminalSafe.needsEscaping(character) { return of(TerminalSafe.escape(String(character))) }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return wideOrEmoji(first) ? 2 : 1
    }

    /// The width of a grapheme of this one scalar.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        // The blocks a frame is full of come first: they hold nothing to escape.
        if isInNarrowBlock(value) { return 1 }
        if TerminalSafe.isHidden(scalar) { return TerminalSafe.escapeSequence(for: scalar).utf8.count }
        // Everything else below U+1100 is one column; checking this before the rest keeps the
        // common case (ASCII, Latin) off the emoji-property lookup, which is most of a frame's
        // cost.
        if value < 0x1100 { return 1 }
        if value == 0xFE0F { return 2 }
        return wideOrEmoji(scalar) ? 2 : 1
    }

    private static func wideOrEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isEmojiPresentation || wideRanges.contains { $0.contains(scalar.value) }
    }

    /// Whether the scalar is a grapheme by itself when its neighbours are such scalars too:
    /// text made only of these can be drawn scalar by scalar, without grapheme breaking. These
    /// are the blocks a frame is made of (printable ASCII, Latin-1 and Latin Extended, general
    /// punctuation, currency signs, arrows, mathematical operators, technical symbols, box
    /// drawing, block elements, geometric shapes, braille): none of their scalars extends the
    /// one before it, is a prefix, a regional indicator or a Hangul jamo. The invisible format
    /// characters among them are left out: they are drawn as their escapes.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x2500...0x28FF, 0x2190...0x23FF, 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x202F...0x205F,
             0x2070...0x20CF: return true
        default: return false
        }
    }

    @_specialize(exported: true, where Text == String)
    @_specialize(exported: true, where Text == Substring)
    public static func of<Text: StringProtocol>(_ text: Text) -> Int {
        let printableASCII = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        }
        if printableASCII == true { return text.utf8.count }
        if text.unicodeScalars.allSatisfy(standsAlone) { return text.unicodeScalars.reduce(0) { $0 + of($1) } }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The longest prefix of `text` that fits in `columns`.
    @_specialize(exported: true, where Text == String)
    @_specialize(exported: true, where Text == Substring)
    public static func prefix<Text: StringProtocol>(_ text: Text, fitting columns: Int) -> Substring {
        let string = Substring(text)
        var used = 0
        var end = string.startIndex
        for index in string.indices {
            let width = of(string[index])
            if used + width > columns { break }
            used += width
            end = string.index(after: index)
        }
        return string[string.startIndex..<end]
    }

    /// Blocks a frame is full of (box drawing, block elements, geometric shapes, braille,
    /// arrows, printable ASCII, punctuation) that hold no wide character, no emoji shown as a
    /// picture and nothing `TerminalSafe` escapes, so their single scalars skip both look-ups.
    private static func isInNarrowBlock(_ value: UInt32) -> Bool {
        switch value {
        case 0x2500...0x25FC, 0x2800...0x28FF, 0x2190...0x21FF, 0x20..<0x7F, 0x2010...0x2027, 0x202F...0x205F: true
        default: false
        }
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks of Unicode 15.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
        0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
