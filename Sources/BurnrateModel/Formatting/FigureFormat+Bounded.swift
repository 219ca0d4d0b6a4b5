extension FigureFormat {
    /// A figure known within bounds, the way a reader says it: money in the words of an
    /// amount ("up to $50B", "at least $850B", "$10B–$20B"), anything else with signs
    /// ("≤ 5.9 %", "≥ 4.9 years", "3.5–5.9 %"). Exact bounds read as the figure alone.
    public static func bounded(_ bounds: Bounded, unit: IndicatorUnit, currency: String) -> String {
        let high = format(bounds.high, unit: unit, currency: currency)
        let low = format(bounds.low, unit: unit, currency: currency)
        switch bounds.kind {
        case .exact: return low
        case .atLeast: return (unit == .money ? "at least " : "≥ ") + low
        case .atMost: return (unit == .money ? "up to " : "≤ ") + high
        // "-$99.5B–-$49.5B" would read as a subtraction
        case .range where bounds.low < 0: return low + " to " + high
        case .range: return withoutUnit(low, sharedWith: high) + "–" + high
        }
    }

    /// An indicator's figure: its bounds when it was worked out from a bound, else its value.
    public static func format(_ indicator: Indicator, currency: String) -> String {
        guard indicator.isApplicable else { return notAvailable }
        return indicator.bounds.map { bounded($0, unit: indicator.unit, currency: currency) }
            ?? format(indicator.value, unit: indicator.unit, currency: currency)
    }

    /// "3.5 %" beside "5.9 %" is written "3.5": the unit once, after the high end.
    private static func withoutUnit(_ low: String, sharedWith high: String) -> String {
        for suffix in [" %", "×", " years", " year", " GW"] where low.hasSuffix(suffix) && high.hasSuffix(suffix) {
            return String(low.dropLast(suffix.count))
        }
        return low
    }
}
