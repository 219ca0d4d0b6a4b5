import BurnrateText

/// Text for a terminal or file that takes ASCII only (`--ascii`): every character above 0x7F
/// written with ASCII ones, the way a person would type it ("×" as "x", "÷" as "/", "—" as
/// "-", "Σ" as "sum", "²" as "^2", "ñ" as "n"), so that `--ascii` output is ASCII to the byte.
/// A character with no such spelling becomes one "?" per column it takes, so that text laid
/// out in columns keeps its width.
public enum ASCIIText {
    @_specialize(exported: true, where Text == String)
    @_specialize(exported: true, where Text == Substring)
    public static func fold<Text: StringProtocol>(_ text: Text) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text) }
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                output.append(character)
            } else {
                output += spelling(of: character)
            }
        }
        return output
    }

    /// The ASCII spelling of one character above 0x7F.
    static func spelling(of character: Character) -> String {
        if let spelt = spellings[character] { return spelt }
        if TerminalSafe.needsEscaping(character) { return TerminalSafe.escape(String(character)) }
        // A letter with accents as separate marks ("n" + U+0303): the letter alone.
        if let first = character.unicodeScalars.first, first.isASCII, character.unicodeScalars.count > 1 {
            return String(Character(first))
        }
        if let first = character.unicodeScalars.first, let letter = latinLetters[first.value] { return letter }
        return String(repeating: "?", count: max(1, TextWidth.of(character)))
    }

    private static let spellings: [Character: String] = [
        "×": "x", "÷": "/", "·": "-", "•": "*", "—": "-", "–": "-", "−": "-", "‐": "-", "‑": "-",
        "Σ": "sum", "²": "^2", "³": "^3", "±": "+/-", "≤": "<=", "≥": ">=", "≈": "~", "≠": "!=", "∞": "inf",
        "→": "->", "←": "<-", "↑": "^", "↓": "v", "↔": "<->", "▲": "^", "▼": "v", "▶": ">", "◀": "<",
        "…": "...", "‘": "'", "’": "'", "‚": ",", "“": "\"", "”": "\"", "„": "\"", "«": "<<", "»": ">>",
        "✓": "v", "✗": "x", "✔": "v", "✘": "x", "°": " deg", "€": "EUR ", "£": "GBP ", "¥": "JPY ",
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "½": "1/2", "¼": "1/4", "¾": "3/4",
        "─": "-", "━": "=", "│": "|", "┃": "#", "┌": "+", "┐": "+", "└": "+", "┘": "+",
        "┏": "#", "┓": "#", "┗": "#", "┛": "#", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+",
        "█": "#", "▓": "%", "▒": "=", "░": ":", "▏": " ", "▎": " ", "▍": " ", "▌": "=", "▋": "=", "▊": "=", "▉": "=",
        "▁": "_", "▂": "_", "▃": ".", "▄": ".", "▅": "-", "▆": "-", "▇": "=",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    ]

    /// Latin letters with accents written as one scalar, by code point: the letter without them.
    private static let latinLetters: [UInt32: String] = {
        let groups: [(String, String)] = [
            ("ÀÁÂÃÄÅĀĂĄ", "A"), ("àáâãäåāăą", "a"), ("ÇĆĈĊČ", "C"), ("çćĉċč", "c"), ("ĎÐ", "D"), ("ď", "d"),
            ("ÈÉÊËĒĔĖĘĚ", "E"), ("èéêëēĕėęě", "e"), ("ĜĞĠĢ", "G"), ("ĝğġģ", "g"), ("ĤĦ", "H"), ("ĥħ", "h"),
            ("ÌÍÎÏĨĪĬĮİ", "I"), ("ìíîïĩīĭįı", "i"), ("Ĵ", "J"), ("ĵ", "j"), ("Ķ", "K"), ("ķ", "k"),
            ("ĹĻĽĿ", "L"), ("ĺļľŀ", "l"), ("ÑŃŅŇ", "N"), ("ñńņňŉ", "n"), ("ÒÓÔÕÖŌŎŐ", "O"), ("òóôõöōŏő", "o"),
            ("ŔŖŘ", "R"), ("ŕŗř", "r"), ("ŚŜŞŠ", "S"), ("śŝşš", "s"), ("ŢŤŦ", "T"), ("ţťŧ", "t"),
            ("ÙÚÛÜŨŪŬŮŰŲ", "U"), ("ùúûüũūŭůűų", "u"), ("Ŵ", "W"), ("ŵ", "w"), ("ÝŶŸ", "Y"), ("ýÿŷ", "y"),
            ("ŹŻŽ", "Z"), ("źżž", "z"),
        ]
        var letters: [UInt32: String] = [:]
        for (accented, letter) in groups {
            for scalar in accented.unicodeScalars { letters[scalar.value] = letter }
        }
        return letters
    }()
}
