/// The `--set PATH=VALUE` settings of the command line, each an update of a `WhatIf`:
///
///     investors.softbank.realisation=50%    (or 0.5)
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
        let path = WhatIfValueParser.trimmed(String(setting[..<equals]))
        let value = WhatIfValueParser.trimmed(String(setting[setting.index(after: equals)...]))
        func parsed<Parsed>(_ parse: (String) -> Parsed?, expected: String) throws(WhatIfError) -> Parsed {
            guard let result = parse(value) else { throw failure("expected \(expected), found \"\(value)\"") }
            return result
        }

        var result = whatIf
        switch Path(path) {
        case .realisation(let investor):
            result.realisation[investor] = try parsed(WhatIfValueParser.fraction,
                                                      expected: "a percentage like 50% or a fraction like 0.5")
        case .revenueGrowth:
            result.revenueGrowth = try parsed(WhatIfValueParser.fraction,
                                              expected: "a growth rate like 10%, -10% or 0.1")
        case .burnScale:
            result.burnScale = try parsed(burnScale, expected: "a factor like 1.25 or a change like +25%")
        case .valuation:
            result.valuation = try parsed(WhatIfValueParser.amount, expected: "an amount like 600B or $1.2T")
        case .delay(let key):
            result.delayMonths[key] = try parsed(WhatIfValueParser.months,
                                                 expected: "a number of months like 12, 12m or 1y")
        case .lostProvider:
            result.lostProvider = try parsed(name, expected: "a provider name or contract id")
        case nil:
            let suggestion = ClosestName.suggestion(for: path, among: paths)
            throw failure("unknown setting \"\(path)\"; "
                + (suggestion.map { "did you mean \"\($0)\"?" } ?? "settings are \(paths.joined(separator: ", "))"))
        }
        return result
    }

    /// A factor ("1.25") or a signed change ("+25%"); a bare "25%" is refused as ambiguous.
    private static func burnScale(_ text: String) -> Double? {
        if let change = WhatIfValueParser.signedChange(text) { return 1 + change }
        return text.hasSuffix("%") ? nil : WhatIfValueParser.number(text)
    }

    private static func name(_ text: String) -> String? {
        let name = WhatIfValueParser.unquoted(text)
        return name.isEmpty ? nil : name
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
