import BurnrateYAML

/// The scenario's figures as the reader takes them: years within `ReadingLimits.years`,
/// money, fractions, capacity and dates, parsed by `AmountParser` without making a String.
extension NodeReader {
    /// A whole number within `ReadingLimits.years`.
    package func year(_ what: String = "a year like 2026") -> Int? {
        guard let year = int(what) else { return nil }
        let years = ReadingLimits.years
        return years.contains(year) ? year : expected("a year from \(years.lowerBound) to \(years.upperBound)")
    }

    /// A finite plain number, any sign.
    package func number() -> Double? {
        parse(AmountParser.number, what: "a number like 2.5", unit: "number")
    }

    /// A finite number of 0 or more.
    package func nonNegativeNumber() -> Double? {
        guard let value = number() else { return nil }
        return value >= 0 ? value : expected("a number of at least 0")
    }

    /// A finite number from 0 to `limit`; `what` names it in the message: "a term of at most 100 years".
    package func nonNegativeNumber(atMost limit: Double, _ what: String) -> Double? {
        guard let value = nonNegativeNumber() else { return nil }
        return value <= limit ? value : expected(what)
    }

    /// Money: `30B`, `"$1.4T"`, `750M`, `30e9`; not negative, NaN or infinite.
    package func amount() -> Double? {
        parse(AmountParser.money, what: #"an amount like 30e9 or "30B""#, unit: "amount")
    }

    /// Money that may be below 0, such as a year's burn when the year generates cash: `-39B`.
    package func signedAmount() -> Double? {
        parse(AmountParser.signedMoney, what: #"an amount like 30e9, "30B" or "-39B""#, unit: "amount")
    }

    /// A fraction from 0 to 1: `27%` or `0.27`.
    package func fraction() -> Double? {
        parse(AmountParser.fraction, what: "a fraction like 27% or 0.27", unit: "fraction")
    }

    /// A ratio of any sign or size: `-5%` or `-0.05`, `110%` or `1.1`; `what` gives an example.
    package func ratio(_ what: String) -> Double? {
        parse(AmountParser.ratio, what: what, unit: "ratio")
    }

    /// Capacity in gigawatts: `4.5 GW`, `800 MW`, or a plain number of gigawatts.
    package func gigawatts() -> Double? {
        parse(AmountParser.gigawatts, what: #"a capacity like "4.5 GW", "800 MW" or 4.5"#, unit: "capacity")
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, naming a day that exists in `ReadingLimits.years`.
    package func day() -> Day? {
        guard let text = scalarText else { return expected("a date like 2026-02-20, 2026-02 or 2026") }
        if let day = Day(parsing: text) {
            let years = ReadingLimits.years
            return years.contains(day.year) ? day : expected("a date in the years \(years.lowerBound) to \(years.upperBound)")
        }
        let shape = text.map { $0.isNumber ? "9" : $0 }
        let isWellFormed = ["9999", "9999-99", "9999-99-99"].contains(String(shape))
        return expected(isWellFormed ? "a date that exists" : "a date like 2026-02-20, 2026-02 or 2026")
    }

    private func parse(_ parser: (AmountParser.UTF8Text) throws(AmountParser.Problem) -> Double,
                       what: String, unit: String) -> Double? {
        guard kind.isScalar, !isNull else { return expected(what) }
        let parsed = withScalarBytes { text in Result { () throws(AmountParser.Problem) in try parser(text) } }
        switch parsed {
        case .success(let value):
            return value
        case .failure(let error):
            switch error {
            case .negative: return expected("\(article(unit)) \(unit) of at least 0")
            case .notFinite: return expected("a finite \(unit)")
            case .aboveOne: return expected("a fraction from 0 % to 100 %")
            case .malformed: return expected(what)
            }
        }
    }

    private func article(_ word: String) -> String {
        "aeiou".contains(word.first ?? "x") ? "an" : "a"
    }
}
