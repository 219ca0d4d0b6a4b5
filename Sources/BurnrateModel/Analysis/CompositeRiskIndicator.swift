/// One score for the whole picture: each judged indicator's severity (0 at its watch level,
/// 1 at its alert level or beyond), weighted, as a share of 100.
extension AnalysisContext {
    func compositeRisk(of indicators: [Indicator]) -> Indicator {
        Self.compositeRisk(of: indicators, risk: scenario.risk)
    }

    static func compositeRisk(of indicators: [Indicator], risk: RiskPolicy) -> Indicator {
        let weighted: [(name: String, weight: Double, severity: Double, basis: Basis)] = indicators.indices.compactMap { index in
            // Threshold first, read by index rather than copying the indicator: most ownership
            // indicators, ten thousand in a large round, have none.
            guard let threshold = indicators[index].threshold, let value = indicators[index].value else { return nil }
            let id = indicators[index].id
            guard id != IndicatorCatalogue.composite.id else { return nil }
            let weight = risk.weights[id] ?? IndicatorCatalogue.definition(id: id)?.defaultWeight ?? 0
            guard weight > 0 else { return nil }
            return (indicators[index].name, weight, threshold.severity(of: value), indicators[index].basis)
        }
        let totalWeight = weighted.map(\.weight).reduce(0, +)
        let weightedSeverity = weighted.map { $0.weight * $0.severity }.reduce(0, +)
        let value = ratio(weightedSeverity, totalWeight).map { 100 * $0 }
        let inputs = weighted.map { part in
            var input = derivedInput("\(part.name): weight \(FigureFormat.decimal(part.weight, places: 1, trimmingZeros: true)), "
                                         + "\(FigureFormat.fraction(part.severity)) of the way to alert",
                                     ratio(100 * part.weight * part.severity, totalWeight), .score)
            // The score is only as firm as the indicators it weighs.
            input.basis = part.basis
            return input
        }
        return indicator(IndicatorCatalogue.composite, value: value,
                         formula: "100 × Σ weight × severity ÷ Σ weight = 100 × \(FigureFormat.decimal(weightedSeverity, places: 2)) ÷ "
                             + "\(FigureFormat.decimal(totalWeight, places: 1, trimmingZeros: true)) = "
                             + FigureFormat.format(value, unit: .score, currency: ""),
                         inputs: inputs, risk: risk)
    }
}
