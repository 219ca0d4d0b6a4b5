import BurnrateModel

/// How the simulation's figures read wherever they are shown: probabilities as percentages,
/// standard errors in percentage points, the headline as a question answered.
enum SimulationText {
    /// Whole percent, as the header and a slide give the headline: 0.634 → "63 %"; a chance
    /// that would round to 0 or 100 without being it, "<1 %" or ">99 %".
    static func wholePercent(_ probability: Double) -> String {
        guard probability.isFinite else { return FigureFormat.notFinite(probability) }
        let whole = Int((min(max(probability, 0), 1) * 100).rounded())
        if whole == 0 && probability > 0 { return "<1 %" }
        if whole == 100 && probability < 1 { return ">99 %" }
        return "\(whole) %"
    }

    /// One decimal, as the table by year gives it: 0.634 → "63.4 %", 0.9997 → ">99.9 %".
    static func percent(_ probability: Double) -> String {
        FigureFormat.probability(probability)
    }

    /// A standard error in percentage points with one decimal: 0.0016 → "± 0.2"; one that rounds
    /// to nothing but is not nothing, "± <0.1".
    static func standardError(_ error: Double) -> String {
        "± " + FigureFormat.standardError(error)
    }

    /// A change of probability in percentage points, signed: 0.123 → "+12.3 pts".
    static func points(_ change: Double) -> String {
        let percent = FigureFormat.percent(change, signed: true)
        return percent.hasSuffix(" %") ? String(percent.dropLast(2)) + " pts" : percent
    }

    /// "P(cash < 0 by 2030)".
    static func question(by year: Int) -> String { "P(cash < 0 by \(year))" }

    /// "63 % ± 0.2": the chance of a shortfall by the horizon.
    static func headline(_ year: SimulatedYear) -> String {
        wholePercent(year.shortfallProbability) + " " + standardError(year.standardError)
    }

    /// "12,288 / 100,000 paths" while a run refines, "100,000 paths" when it is done.
    static func paths(of result: SimulationResult) -> String {
        result.isComplete ? "\(FigureFormat.count(result.paths)) paths"
            : "\(FigureFormat.count(result.paths)) / \(FigureFormat.count(result.requestedPaths)) paths"
    }

    /// The first of `texts` (longest first) that fits in `columns`, the last shortened if none does:
    /// a notice says less on a narrow screen rather than stopping mid-word.
    static func longestFitting(_ texts: [String], in columns: Int, ellipsis: String) -> String {
        texts.first { TextWidth.of($0) <= columns } ?? Truncation.fit(texts.last ?? "", in: columns, ellipsis: ellipsis)
    }

    /// Up to two decimals, the zeros after the point dropped: 3 → "3", 0.95 → "0.95", -12.5 → "-12.5".
    static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return FigureFormat.notFinite(value) }
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths > 0 ? "-" : ""
        let (whole, part) = hundredths.quotientAndRemainder(dividingBy: 100)
        let decimals = part == 0 ? "" : part % 10 == 0 ? ".\(part / 10)" : part < 10 ? ".0\(part)" : ".\(part)"
        return sign + FigureFormat.index(Double(whole)) + decimals
    }
}
