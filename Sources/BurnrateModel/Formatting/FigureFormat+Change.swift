extension FigureFormat {
    /// A figure before and after a change, told apart: when both round to the same text (a
    /// runway of 1.54 and of 1.48 years, both "1.5 years"), each gets one more decimal, so that
    /// a reported change never reads as none.
    public static func change(from before: Double?, to after: Double?, unit: IndicatorUnit,
                              currency: String) -> (before: String, after: String) {
        let plain = (before: format(before, unit: unit, currency: currency), after: format(after, unit: unit, currency: currency))
        guard plain.before == plain.after, let before, let after, before != after, before.isFinite, after.isFinite else {
            return plain
        }
        func finer(_ value: Double) -> String? {
            switch unit {
            case .years: decimal(value, places: 2, suffix: " years")
            case .multiple: decimal(value, places: abs(value) >= 10 ? 2 : 3, suffix: "×")
            case .fraction: decimal(100 * value, places: 2, suffix: " %")
            case .gigawatts: decimal(value, places: 3, suffix: " GW")
            case .money, .index, .score: nil
            }
        }
        guard let finerBefore = finer(before), let finerAfter = finer(after) else { return plain }
        return (finerBefore, finerAfter)
    }
}
