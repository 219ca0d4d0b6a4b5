/// Reads the number forms scenario files and `--set` settings use: money with a K/M/B/T
/// suffix, fractions and ratios as percentages or plain numbers, capacity in GW or MW.
///
/// Suffixes shift the decimal point of the written number before it is converted, so
/// "1.4T" is exactly the double nearest to 1.4 × 10¹², the same as 1.4e12.
public enum AmountParser {
    public enum Problem: Error, Equatable {
        /// Not a number in any accepted form.
        case malformed
        case negative
        /// NaN or infinite (YAML's `.nan`, `.inf`), or too large for a double.
        case notFinite
        /// A fraction above 100 %.
        case aboveOne
    }

    /// A plain decimal number such as `12`, `-0.5` or `30e9`; any sign.
    public static func number(_ text: String) throws(Problem) -> Double {
        try decimal(Substring(text), shiftedBy: 0)
    }

    /// Money: `30e9`, `30000000000`, `750M`, `30B`, `$1.4T`, `12K`; not negative.
    public static func money(_ text: String) throws(Problem) -> Double {
        try nonNegative(signedMoney(text))
    }

    /// Money that may be negative, such as a burn that is cash generated: `-39B`, `-$39B`.
    public static func signedMoney(_ text: String) throws(Problem) -> Double {
        var body = Substring(text)
        let sign = body.first == "-" || body.first == "+" ? String(body.removeFirst()) : ""
        if body.first == "$" { body.removeFirst() }
        let exponents: [Character: Int] = ["K": 3, "M": 6, "B": 9, "T": 12]
        var shift = 0
        if let last = body.last, let exponent = exponents[last] {
            body.removeLast()
            shift = exponent
        }
        let value = try decimal(Substring(sign) + body, shiftedBy: shift)
        return value == 0 ? 0 : value
    }

    /// A ratio of any sign or size: `-10%` (or `-10 %`), `12.5%`, `0.1`, `1.25`.
    public static func ratio(_ text: String) throws(Problem) -> Double {
        if let body = strip(suffix: "%", from: text) { return try decimal(body, shiftedBy: -2) }
        return try decimal(Substring(text), shiftedBy: 0)
    }

    /// A fraction from 0 to 1: `27%` (or `27 %`) or `0.27`.
    public static func fraction(_ text: String) throws(Problem) -> Double {
        let value = try nonNegative(ratio(text))
        guard value <= 1 else { throw .aboveOne }
        return value
    }

    /// Capacity in gigawatts: `4.5 GW`, `800 MW` or a plain number of gigawatts.
    public static func gigawatts(_ text: String) throws(Problem) -> Double {
        if let body = strip(suffix: "GW", from: text) { return try nonNegative(decimal(body, shiftedBy: 0)) }
        if let body = strip(suffix: "MW", from: text) { return try nonNegative(decimal(body, shiftedBy: -3)) }
        return try nonNegative(decimal(Substring(text), shiftedBy: 0))
    }

    private static func nonNegative(_ value: Double) throws(Problem) -> Double {
        guard value >= 0 else { throw .negative }
        return value == 0 ? 0 : value
    }

    private static func strip(suffix: String, from text: String) -> Substring? {
        guard text.hasSuffix(suffix) else { return nil }
        let body = text.dropLast(suffix.count)
        return body.last == " " ? body.dropLast() : body
    }

    private static let yamlSpecials: Set<Substring> = [".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf",
                                                       "+.INF", "-.inf", "-.Inf", "-.INF"]

    /// `[+-]digits[.digits][e[+-]digits]`, times 10^shift, converted once so it rounds once.
    /// One pass over the bytes: scenario files hold hundreds of thousands of numbers.
    private static func decimal(_ text: Substring, shiftedBy shift: Int) throws(Problem) -> Double {
        if yamlSpecials.contains(text) { throw .notFinite }
        let bytes = text.utf8
        var position = bytes.startIndex
        func skipSign() {
            if position < bytes.endIndex, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
                position = bytes.index(after: position)
            }
        }
        func skipDigits() -> Int {
            var count = 0
            while position < bytes.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                count += 1
                position = bytes.index(after: position)
            }
            return count
        }
        func skip(_ characters: String) -> Bool {
            guard position < bytes.endIndex, characters.utf8.contains(bytes[position]) else { return false }
            position = bytes.index(after: position)
            return true
        }
        skipSign()
        guard skipDigits() > 0 else { throw .malformed }
        if skip("."), skipDigits() == 0 { throw .malformed }
        let mantissa = text[..<position]
        var exponent = 0
        if skip("eE") {
            let exponentStart = position
            skipSign()
            let digitsStart = position
            let digits = skipDigits()
            guard digits > 0, digits <= 6, let magnitude = Int(text[digitsStart..<position]) else { throw .malformed }
            exponent = text[exponentStart] == "-" ? -magnitude : magnitude
        }
        guard position == bytes.endIndex else { throw .malformed }
        let total = exponent + shift
        guard let value = total == 0 ? Double(mantissa) : Double("\(mantissa)e\(total)") else { throw .malformed }
        guard value.isFinite else { throw .notFinite }
        return value
    }
}
