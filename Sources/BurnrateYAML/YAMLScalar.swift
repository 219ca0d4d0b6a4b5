import BurnrateText

/// Text written as a YAML scalar that YAML readers read back unchanged.
package enum YAMLScalar {
    /// A string as a plain scalar when that is unambiguous, else double-quoted and escaped.
    package static func string(_ text: String) -> String {
        isSafelyPlain(text) ? text : quoted(text)
    }

    private static let reservedWords: Set<String> = ["y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"]

    private static let plainCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _.,()/&'+-")

    /// Starts with a letter and holds nothing YAML could read as syntax or as another type.
    private static func isSafelyPlain(_ text: String) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter, text.last != " ",
              !reservedWords.contains(text.lowercased()), !text.contains("  ") else { return false }
        return text.allSatisfy(plainCharacters.contains)
    }

    /// Double-quoted, with YAML's escapes for what is not printable: `\x07`, `\u2028`.
    package static func quoted(_ text: String) -> String {
        QuotedText.quoted(text) { scalar in
            switch scalar.value {
            case _ where isPrintable(scalar): nil
            case ...0xFF: "\\x" + QuotedText.hex(scalar.value, digits: 2)
            case ...0xFFFF: "\\u" + QuotedText.hex(scalar.value, digits: 4)
            default: "\\U" + QuotedText.hex(scalar.value, digits: 8)
            }
        }
    }

    /// YAML's printable set, less the line breaks YAML would fold (NEL, LS, PS) and the BOM.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
