import BurnrateYAML

/// The `--set PATH=VALUE` settings of the command line, each an update of a `WhatIf`:
///
///     investors.softbank.realisation=50%    (or 0.5, .5)
///     revenue.growth=0%                     (or -10%, 0.1)
///     burn.scale=1.25                       (or +25%)
///     valuation=600B                        (or "$1.2T", 750M)
///     delay.abilene=12                      (months, or 12m, 1y; the key as in WhatIf.delayMonths)
///     lost_provider=oracle
///
/// Only the form is checked here; `WhatIf.problems(in:)` checks ids and ranges against a scenario.
public enum WhatIfSetting {
    /// The paths `apply` understands, as help texts and error messages show them.
    public static let paths = ["investors.ID.realisation", "revenue.growth", "burn.scale", "valuation",
                               "delay.KEY", "lost_provider"]

    public static func apply(_ setting: String, to whatIf: WhatIf) throws(WhatIfError) -> WhatIf {
        func failure(_ message: String) -> WhatIfError { WhatIfError(setting: setting, message: message) }
        guard let equals = setting.firstIndex(of: "=") else {
            throw failure("expected PATH=VALUE, e.g. burn.scale=1.25")
        }
        let path = trimmed(setting[..<equals])
        let value = trimmed(setting[setting.index(after: equals)...])
        func parsed<Parsed>(_ parse: (String) -> Parsed?, expected: String) throws(WhatIfError) -> Parsed {
            guard let result = parse(value) else { throw failure("expected \(expected), found \"\(value)\"") }
            return result
        }

        var result = whatIf
        switch Path(path) {
        case .realisation(let investor):
            result.realisation[investor] = try parsed(ratio,
                                                      expected: "a percentage like 50% or a fraction like 0.5")
        case .revenueGrowth:
            result.revenueGrowth = try parsed(ratio,
                                              expected: "a growth rate like 10%, -10% or 0.1")
        case .burnScale:
            result.burnScale = try parsed(burnScale, expected: "a factor like 1.25 or a change like +25%")
        case .valuation:
            result.valuation = try parsed(amount, expected: "an amount like 600B or $1.2T")
        case .delay(let key):
            result.delayMonths[key] = try parsed(months,
                                                 expected: "a number of months like 12, 12m or 1y, at most \(ReadingLimits.delayMonths) (100 years) either way")
        case .lostProvider:
            result.lostProvider = try parsed(name, expected: "a provider name or contract id")
        case nil:
            let suggestion = Suggestion.closest(to: path, among: paths)
            throw failure("unknown setting \"\(path)\"; "
                + (suggestion.map { "did you mean \"\($0)\"?" } ?? "settings are \(paths.joined(separator: ", "))"))
        }
        return result
    }

    // Numbers are read as scenario files read them (AmountParser); `--set` adds only what a
    // shell leaves around a value (spaces, quotes) and lower-case money suffixes.

    /// "50%" → 0.5, "0.5" or ".5" → 0.5, "-10%" → -0.1: ranges are checked by
    /// `WhatIf.problems(in:)`. Scenario files write the leading zero; a typed value may not.
    private static func ratio(_ text: String) -> Double? {
        try? AmountParser.ratio(text.hasPrefix(".") ? "0" + text : text)
    }

    /// A factor ("1.25") or a signed change ("+25%"); a bare "25%" is refused as ambiguous.
    private static func burnScale(_ text: String) -> Double? {
        if text.hasPrefix("+") || text.hasPrefix("-"), text.hasSuffix("%") { return ratio(text).map { 1 + $0 } }
        return text.hasSuffix("%") ? nil : try? AmountParser.number(text)
    }

    /// "600B", "$1.2T", "'750m'", "30e9"; a negative one is read, to be refused by `problems(in:)`.
    private static func amount(_ text: String) -> Double? {
        var text = unquoted(text)
        if let last = text.last, "kmbt".contains(last) { text = text.dropLast() + last.uppercased() }
        return try? AmountParser.signedMoney(text)
    }

    /// Whole months: "12" or "12m" → 12, "1y" → 12, "1.5y" → 18, "-3" → -3; nil beyond
    /// `ReadingLimits.delayMonths`.
    private static func months(_ text: String) -> Int? {
        let text = text.lowercased()
        let (digits, perUnit): (Substring, Double) = switch text.last {
        case "y": (text.dropLast(), 12)
        case "m": (text.dropLast(), 1)
        default: (Substring(text), 1)
        }
        guard let count = try? AmountParser.number(trimmed(digits)) else { return nil }
        let months = count * perUnit
        guard months == months.rounded(), abs(months) <= Double(ReadingLimits.delayMonths) else { return nil }
        return Int(months)
    }

    private static func name(_ text: String) -> String? {
        let name = unquoted(text)
        return name.isEmpty ? nil : name
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    /// The text inside matching double or single quotes, as a shell may leave them.
    private static func unquoted(_ text: String) -> String {
        guard text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first else {
            return text
        }
        return trimmed(text.dropFirst().dropLast())
    }

    private enum Path {
        case realisation(investor: String)
        case revenueGrowth
        case burnScale
        case valuation
        case delay(key: String)
        case lostProvider

        init?(_ path: String) {
            let lowercased = path.lowercased()
            let investors = "investors.", realisation = ".realisation", delay = "delay."
            switch lowercased {
            case "revenue.growth": self = .revenueGrowth
            case "burn.scale": self = .burnScale
            case "valuation": self = .valuation
            case "lost_provider": self = .lostProvider
            case _ where lowercased.hasPrefix(investors) && lowercased.hasSuffix(realisation)
                && path.count > investors.count + realisation.count:
                self = .realisation(investor: String(path.dropFirst(investors.count).dropLast(realisation.count)))
            case _ where lowercased.hasPrefix(delay) && path.count > delay.count:
                self = .delay(key: String(path.dropFirst(delay.count)))
            default: return nil
            }
        }
    }
}
