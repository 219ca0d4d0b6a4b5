import Synchronization

/// Numbers for the graphemes of more than one scalar that cells show (emoji ZWJ sequences,
/// flags, letters with combining marks), so that a cell holds a number instead of a string.
/// They are rare and few, so each is numbered the first time it is drawn and kept for the life
/// of the process. Shared by every canvas, on any thread.
enum InternedGraphemes {
    private struct Table {
        /// Keyed by UTF-8 bytes, not by `Character`, which would merge canonically equivalent
        /// spellings and hand back the first one seen.
        var numbers: [[UInt8]: UInt32] = [:]
        var characters: [Character] = []
    }

    private static let table = Mutex(Table())

    /// The grapheme's number; once `limit` numbers are given out, further graphemes share the
    /// number of U+FFFD REPLACEMENT CHARACTER.
    static func number(of character: Character, below limit: UInt32) -> UInt32 {
        let key = Array(character.utf8)
        return table.withLock { table in
            if let number = table.numbers[key] { return number }
            guard table.characters.count < limit - 1 else { return limit - 1 }
            let number = UInt32(table.characters.count)
            table.numbers[key] = number
            table.characters.append(character)
            return number
        }
    }

    static func character(numbered number: UInt32) -> Character {
        table.withLock { table in
            Int(number) < table.characters.count ? table.characters[Int(number)] : "\u{FFFD}"
        }
    }
}
