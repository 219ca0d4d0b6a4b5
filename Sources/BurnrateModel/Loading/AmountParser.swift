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
        try parsing(text, number)
    }

    /// Money: `30e9`, `30000000000`, `750M`, `30B`, `$1.4T`, `12K`; not negative.
    public static func money(_ text: String) throws(Problem) -> Double {
        try parsing(text, money)
    }

    /// Money that may be negative, such as a burn that is cash generated: `-39B`, `-$39B`.
    public static func signedMoney(_ text: String) throws(Problem) -> Double {
        try parsing(text, signedMoney)
    }

    /// A ratio of any sign or size: `-10%` (or `-10 %`), `12.5%`, `0.1`, `1.25`.
    public static func ratio(_ text: String) throws(Problem) -> Double {
        try parsing(text, ratio)
    }

    /// A fraction from 0 to 1: `27%` (or `27 %`) or `0.27`.
    public static func fraction(_ text: String) throws(Problem) -> Double {
        try parsing(text, fraction)
    }

    /// Capacity in gigawatts: `4.5 GW`, `800 MW` or a plain number of gigawatts.
    public static func gigawatts(_ text: String) throws(Problem) -> Double {
        try parsing(text, gigawatts)
    }

    // MARK: UTF-8

    /// The forms above read from UTF-8 bytes, as a YAML tree holds its scalars: scenario files
    /// hold hundreds of thousands of numbers, each of which would otherwise be made a String.
    typealias UTF8Text = UnsafeBufferPointer<UInt8>

    private static func parsing(_ text: String, _ parse: (UTF8Text) throws(Problem) -> Double) throws(Problem) -> Double {
        var text = text
        return try text.withUTF8 { bytes in Result { () throws(Problem) in try parse(bytes) } }.get()
    }

    static func number(_ text: UTF8Text) throws(Problem) -> Double {
        try decimal(text, shiftedBy: 0)
    }

    static func money(_ text: UTF8Text) throws(Problem) -> Double {
        try nonNegative(signedMoney(text))
    }

    static func signedMoney(_ text: UTF8Text) throws(Problem) -> Double {
        let signEnd = text.first.map(isSign) == true ? 1 : 0
        let start = signEnd < text.count && text[signEnd] == UInt8(ascii: "$") ? signEnd + 1 : signEnd
        let shift = switch text.last {
        case UInt8(ascii: "K"): 3
        case UInt8(ascii: "M"): 6
        case UInt8(ascii: "B"): 9
        case UInt8(ascii: "T"): 12
        default: 0
        }
        let end = shift > 0 && start < text.count ? text.count - 1 : text.count
        let value: Double
        if start == signEnd {
            value = try decimal(UTF8Text(rebasing: text[..<end]), shiftedBy: shift)
        } else {
            // "-$39B" reads as "-39B".
            let unsigned = String(decoding: UTF8Text(rebasing: text[..<signEnd]), as: UTF8.self)
                + String(decoding: UTF8Text(rebasing: text[start..<end]), as: UTF8.self)
            value = try parsing(unsigned) { bytes throws(Problem) in try decimal(bytes, shiftedBy: shift) }
        }
        return value == 0 ? 0 : value
    }

    static func ratio(_ text: UTF8Text) throws(Problem) -> Double {
        if let body = strip(suffix: "%", from: text) { return try decimal(body, shiftedBy: -2) }
        return try decimal(text, shiftedBy: 0)
    }

    static func fraction(_ text: UTF8Text) throws(Problem) -> Double {
        let value = try nonNegative(ratio(text))
        guard value <= 1 else { throw .aboveOne }
        return value
    }

    static func gigawatts(_ text: UTF8Text) throws(Problem) -> Double {
        if let body = strip(suffix: "GW", from: text) { return try nonNegative(decimal(body, shiftedBy: 0)) }
        if let body = strip(suffix: "MW", from: text) { return try nonNegative(decimal(body, shiftedBy: -3)) }
        return try nonNegative(decimal(text, shiftedBy: 0))
    }

    private static func nonNegative(_ value: Double) throws(Problem) -> Double {
        guard value >= 0 else { throw .negative }
        return value == 0 ? 0 : value
    }

    /// The text before `suffix` and a space before it, if it ends so.
    private static func strip(suffix: StaticString, from text: UTF8Text) -> UTF8Text? {
        let suffix = UTF8Text(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        guard text.count >= suffix.count, text.suffix(suffix.count).elementsEqual(suffix) else { return nil }
        var end = text.count - suffix.count
        if end > 0, text[end - 1] == UInt8(ascii: " ") { end -= 1 }
        return UTF8Text(rebasing: text[..<end])
    }

    private static func isSign(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private static let yamlSpecials: Set<String> = [".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf",
                                                    "+.INF", "-.inf", "-.Inf", "-.INF"]

    /// 10⁰ … 10²², every one exactly a double.
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }

    /// `[+-]digits[.digits][e[+-]digits]`, times 10^shift, converted once so it rounds once.
    private static func decimal(_ text: UTF8Text, shiftedBy shift: Int) throws(Problem) -> Double {
        var position = 0
        var significand: UInt64 = 0
        var significantDigits = 0
        func skipSign() -> Bool {
            guard position < text.count, isSign(text[position]) else { return false }
            defer { position += 1 }
            return text[position] == UInt8(ascii: "-")
        }
        /// The number of digits skipped; with `accumulating`, they are added to the significand.
        func skipDigits(accumulating: Bool) -> Int {
            var count = 0
            while position < text.count, isDigit(text[position]) {
                if accumulating, significand > 0 || text[position] != UInt8(ascii: "0") {
                    significantDigits += 1
                    if significantDigits <= 19 { significand = significand * 10 + UInt64(text[position] - UInt8(ascii: "0")) }
                }
                count += 1
                position += 1
            }
            return count
        }
        func skip(_ byte: UInt8, or other: UInt8? = nil) -> Bool {
            guard position < text.count, text[position] == byte || text[position] == other else { return false }
            position += 1
            return true
        }
        func malformed() -> Problem {
            yamlSpecials.contains(String(decoding: text, as: UTF8.self)) ? .notFinite : .malformed
        }
        let isNegative = skipSign()
        guard skipDigits(accumulating: true) > 0 else { throw malformed() }
        var fractionDigits = 0
        if skip(UInt8(ascii: ".")) {
            fractionDigits = skipDigits(accumulating: true)
            if fractionDigits == 0 { throw .malformed }
        }
        let mantissaEnd = position
        var exponent = 0
        if skip(UInt8(ascii: "e"), or: UInt8(ascii: "E")) {
            let isNegativeExponent = skipSign()
            let digitsStart = position
            guard (1...6).contains(skipDigits(accumulating: false)) else { throw .malformed }
            exponent = text[digitsStart..<position].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if isNegativeExponent { exponent = -exponent }
        }
        guard position == text.count else { throw .malformed }
        let total = exponent + shift
        let value: Double
        // Both the significand and the power of ten exact as doubles: one multiplication or
        // division rounds once, to the same double as converting the text would give.
        let scale = total - fractionDigits
        if significantDigits <= 15, abs(scale) <= 22 {
            let magnitude = scale >= 0 ? Double(significand) * exactPowersOfTen[scale]
                                       : Double(significand) / exactPowersOfTen[-scale]
            value = isNegative ? -magnitude : magnitude
        } else {
            let mantissa = String(decoding: UTF8Text(rebasing: text[..<mantissaEnd]), as: UTF8.self)
            guard let converted = total == 0 ? Double(mantissa) : Double("\(mantissa)e\(total)") else { throw .malformed }
            value = converted
        }
        guard value.isFinite else { throw .notFinite }
        return value
    }
}
