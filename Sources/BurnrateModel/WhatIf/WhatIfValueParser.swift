/// Reads the values of `--set` settings: fractions, percentages, amounts with K/M/B/T
/// suffixes, months. Deliberately minimal, only what what-ifs need; a candidate to merge with
/// the scenario loader's amount parser.
enum WhatIfValueParser {
    /// "50%" → 0.5, "0.5" → 0.5, "-10%" → -0.1.
    static func fraction(_ text: String) -> Double? {
        let text = trimmed(text)
        guard text.hasSuffix("%") else { return number(text) }
        return number(trimmed(String(text.dropLast()))).map { $0 / 100 }
    }

    /// A change written with its sign: "+25%" → 0.25, "-10%" → -0.1; nil without a sign.
    static func signedChange(_ text: String) -> Double? {
        let text = trimmed(text)
        guard text.hasPrefix("+") || text.hasPrefix("-"), text.hasSuffix("%") else { return nil }
        return fraction(text)
    }

    /// "600B" → 6e11, "$1.2T" → 1.2e12, "750M", "30e9"; quotes around it are allowed.
    static func amount(_ text: String) -> Double? {
        var text = unquoted(trimmed(text))
        if text.hasPrefix("$") { text.removeFirst() }
        let multipliers: [Character: Double] = ["K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]
        guard let last = text.last?.uppercased().first, let multiplier = multipliers[last] else {
            return number(text)
        }
        return number(trimmed(String(text.dropLast()))).map { $0 * multiplier }
    }

    /// Whole months: "12" or "12m" → 12, "1y" → 12, "1.5y" → 18, "-3" → -3.
    static func months(_ text: String) -> Int? {
        let text = trimmed(text).lowercased()
        let (digits, perUnit): (String, Double) = switch text.last {
        case "y": (String(text.dropLast()), 12)
        case "m": (String(text.dropLast()), 1)
        default: (text, 1)
        }
        guard let count = number(trimmed(digits)) else { return nil }
        let months = count * perUnit
        guard months == months.rounded(), abs(months) <= Double(Int32.max) else { return nil }
        return Int(months)
    }

    /// A finite decimal number; refuses what `Double(_:)` would also take, like "nan" or hex.
    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ "0123456789.+-eE".contains($0) }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }

    static func trimmed(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The text inside matching double or single quotes, as a shell may leave them.
    static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else {
            return text
        }
        return trimmed(String(text.dropFirst().dropLast()))
    }
}
