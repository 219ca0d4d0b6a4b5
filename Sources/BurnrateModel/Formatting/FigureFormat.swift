/// Turns figures into the short strings panels, slides and exports show: "$13.1B", "25.0 %",
/// "44.9×", "3,800", "4.5 GW", "2.3 years".
///
/// Pure Swift on purpose: Foundation's formatters pull in ICU, which alone would break the
/// dashboard's memory budget, and they vary with the locale. The output here is the same on
/// every machine. Values that are not finite come out as "n/a", hidden ones (`Masked`) as "•••".
public enum FigureFormat {
    public static let notAvailable = "n/a"
    public static let undisclosed = "undisclosed"

    /// Money with a scale suffix and one decimal at most: "$30B", "$1.4T", "$750M", "$13.1B",
    /// "-$49.5B". Amounts below a thousand keep their units: "$950".
    public static func money(_ value: Double, currency: String) -> String {
        let prefix = currencyPrefix(currency)
        return TextBuffer.make(capacity: 32 + prefix.utf8.count) { $0.appendMoney(value, prefix: prefix) }
    }

    fileprivate static let scales: [(factor: Double, suffix: String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"), (1, "")]

    /// A fraction as a percentage with one decimal: 0.25 → "25.0 %".
    public static func fraction(_ value: Double) -> String {
        TextBuffer.make(capacity: 33) { $0.appendFraction(value) }
    }

    /// A probability with one decimal, as the simulation's tables give it: 0.634 → "63.4 %"; one
    /// that would round to 0.0 or 100.0 without being it, "<0.1 %" or ">99.9 %", so that a
    /// chance short of certain never reads as certain.
    public static func probability(_ value: Double) -> String {
        let clamped = min(max(value, 0), 1)
        guard value.isFinite else { return notAvailable }
        if clamped > 0 && clamped < 0.0005 { return "<0.1 %" }
        if clamped < 1 && clamped >= 0.9995 { return ">99.9 %" }
        return fraction(clamped)
    }

    /// A probability's standard error in percentage points with one decimal, without a unit:
    /// 0.0016 → "0.2"; one that rounds to nothing but is not nothing, "<0.1", so that a
    /// simulation never claims an exact answer it does not have.
    public static func standardError(_ error: Double) -> String {
        guard error.isFinite else { return notFinite(error) }
        let tenths = Int((min(max(error, 0), 1) * 1000).rounded())
        if tenths == 0 && error > 0 { return "<0.1" }
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// A percentage with one decimal at most, none when it is 0: 0.5 → "50 %", 0.125 → "12.5 %";
    /// with `signed`, 0.25 → "+25 %". For settings and summaries, where "50.0 %" would read oddly.
    public static func percent(_ fraction: Double, signed: Bool = false) -> String {
        guard fraction.isFinite else { return notFinite(fraction) }
        let text = decimal(fraction * 100, places: 1, trimmingZeros: true, suffix: " %")
        return signed && !text.hasPrefix("-") ? "+" + text : text
    }

    /// A multiple: two decimals below 10 ("1.00×"), one from 10 on ("44.9×").
    public static func multiple(_ value: Double) -> String {
        multiple(value, like: [value])
    }

    /// A multiple with the decimals of the coarsest of `figures`: the change from 44.9× to
    /// 52.5× is "7.6×", as precise as the figures it is between, not "7.63×".
    public static func multiple(_ value: Double, like figures: [Double]) -> String {
        guard value.isFinite else { return notFinite(value) }
        return decimal(value, places: figures.contains { abs($0) >= 10 } ? 1 : 2, suffix: "×")
    }

    /// A Herfindahl-Hirschman index, whole and grouped: "3,800".
    public static func index(_ value: Double) -> String {
        guard value.isFinite else { return notFinite(value) }
        return decimal(value, places: 0, grouping: true)
    }

    /// A count, grouped: a simulation's "100,000" paths.
    public static func count(_ value: Int) -> String {
        decimal(Double(value), places: 0, grouping: true)
    }

    /// A score from 0 to 100, whole: "79".
    public static func score(_ value: Double) -> String {
        guard value.isFinite else { return notFinite(value) }
        return decimal(value, places: 0)
    }

    /// Capacity with up to two decimals: "4.5 GW", "0.75 GW", "10 GW".
    public static func gigawatts(_ value: Double) -> String {
        guard value.isFinite else { return notFinite(value) }
        return decimal(value, places: 2, trimmingZeros: true, suffix: " GW")
    }

    /// A duration with one decimal: "2.3 years", "1.0 year".
    public static func years(_ value: Double) -> String {
        guard value.isFinite else { return notFinite(value) }
        let digits = decimal(value, places: 1)
        return digits + (digits == "1.0" ? " year" : " years")
    }

    /// "•••" for a figure hidden in private mode, else "n/a".
    public static func notFinite(_ value: Double) -> String {
        Masked.isMasked(value) ? Masked.text : notAvailable
    }

    /// An amount as reported: "$30B", "up to $50B", "at least $100B", "$10B–$20B", "undisclosed".
    public static func amount(_ amount: Amount, currency: String) -> String {
        switch amount {
        case .exact(let value): money(value, currency: currency)
        case .upTo(let value): "up to " + money(value, currency: currency)
        case .atLeast(let value): "at least " + money(value, currency: currency)
        case .range(let low, let high): money(low, currency: currency) + "–" + money(high, currency: currency)
        case .undisclosed: undisclosed
        }
    }

    /// Any indicator figure in its unit. A missing sum of money is "undisclosed" (a source did
    /// not state it); any other missing figure is "n/a" (the inputs do not allow one).
    public static func format(_ value: Double?, unit: IndicatorUnit, currency: String) -> String {
        guard let value else { return unit == .money ? undisclosed : notAvailable }
        switch unit {
        case .fraction: return fraction(value)
        case .multiple: return multiple(value)
        case .money: return money(value, currency: currency)
        case .index: return index(value)
        case .score: return score(value)
        case .years: return years(value)
        case .gigawatts: return gigawatts(value)
        }
    }

    /// "$" for USD, "€" for EUR and so on; other codes are written out: "CHF 30B".
    public static func currencyPrefix(_ code: String) -> String {
        // Codes are nearly always upper-case already; uppercasing is a Unicode operation.
        let isUpperCase = code.utf8.allSatisfy { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        return switch isUpperCase ? code : code.uppercased() {
        case "USD": "$"
        case "EUR": "€"
        case "GBP": "£"
        case "JPY", "CNY": "¥"
        default: code + " "
        }
    }

    fileprivate static func roundedToTenths(_ value: Double) -> Double { (value * 10).rounded() / 10 }

    /// Fixed-point digits, rounded half away from zero, then `suffix`; "-" only for a value that
    /// stays non-zero after rounding, so that -0.01 at one decimal is "0.0", not "-0.0".
    static func decimal(_ value: Double, places: Int, trimmingZeros: Bool = false, grouping: Bool = false,
                        suffix: String = "") -> String {
        TextBuffer.make(capacity: 28 + places + suffix.utf8.count) { text in
            text.appendDecimal(value, places: places, trimmingZeros: trimmingZeros, grouping: grouping)
            text.append(suffix)
        }
    }

    /// `abs(value)` rounded half away from zero to `places` decimals, counted in units of the
    /// last place (12.36 at one decimal is 124); nil when that is too large to write.
    fileprivate static func units(_ value: Double, places: Int) -> UInt64? {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        return scaled < 9e18 ? UInt64(scaled) : nil
    }
}

extension TextBuffer {
    /// `FigureFormat.money` with the currency's prefix worked out already, written in place: at
    /// most 32 bytes and the prefix. A missing sum is undisclosed, as in `FigureFormat.format`.
    mutating func appendMoney(_ value: Double?, prefix: String) {
        guard let value else { return append(FigureFormat.undisclosed) }
        guard value.isFinite else { return append(FigureFormat.notFinite(value)) }
        let magnitude = abs(value)
        let scales = FigureFormat.scales
        var index = scales.firstIndex { magnitude >= $0.factor } ?? scales.count - 1
        // 999.96B rounds to "1000B"; say "$1T" instead.
        if index > 0, FigureFormat.roundedToTenths(magnitude / scales[index].factor) >= 1000 { index -= 1 }
        let (factor, suffix) = scales[index]
        guard let tenths = FigureFormat.units(magnitude / factor, places: 1) else {
            if value < 0 { append(UInt8(ascii: "-")) }
            append(prefix)
            append(FigureFormat.notAvailable)
            return append(suffix)
        }
        if value < 0, tenths > 0 { append(UInt8(ascii: "-")) }
        append(prefix)
        appendDigits(tenths, places: 1, trimmingZeros: true, grouping: false)
        append(suffix)
    }

    /// `FigureFormat.fraction`, written in place: at most 33 bytes.
    mutating func appendFraction(_ value: Double) {
        guard value.isFinite else { return append(FigureFormat.notFinite(value)) }
        appendDecimal(value * 100, places: 1)
        append(" %")
    }

    /// `FigureFormat.decimal` without its suffix, written in place: at most 28 + `places` bytes.
    mutating func appendDecimal(_ value: Double, places: Int, trimmingZeros: Bool = false, grouping: Bool = false) {
        guard let units = FigureFormat.units(value, places: places) else { return append(FigureFormat.notFinite(value)) }
        if value < 0, units > 0 { append(UInt8(ascii: "-")) }
        appendDigits(units, places: places, trimmingZeros: trimmingZeros, grouping: grouping)
    }
}
