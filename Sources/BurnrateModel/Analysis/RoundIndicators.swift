/// Indicators of the funding round itself: how full, how real, how diluting, how concentrated.
extension AnalysisContext {
    var coverage: Indicator {
        let target = scenario.round.target.value.headline
        let value = Self.ratio(committed, target)
        return indicator(IndicatorCatalogue.roundCoverage, value: value,
                         formula: "committed ÷ target = \(money(committed)) ÷ \(money(target)) = \(figure(value, .multiple))",
                         inputs: investorInputs + [targetInput])
    }

    /// Realised money is what investors have signed or paid; for an investor with tranches,
    /// tranche by tranche.
    var realisation: Indicator {
        let realised = payments.filter(\.status.isRealised).compactMap(\.amount.value.headline).reduce(0, +)
        let value = Self.ratio(realised, committed)
        let inputs = payments.map { payment in
            input("\(payment.label): \(payment.status.rawValue)\(payment.status.isRealised ? ", realised" : "")",
                  payment.amount)
        }
        return indicator(IndicatorCatalogue.roundRealisation, value: value,
                         formula: "realised ÷ committed = \(money(realised)) ÷ \(money(committed)) = \(figure(value, .fraction))",
                         inputs: inputs)
    }

    var dilution: Indicator {
        let value = Self.ratio(committed, postMoney)
        return indicator(IndicatorCatalogue.roundDilution, value: value,
                         formula: "committed ÷ post-money = \(money(committed)) ÷ \(postMoneyTerm) = \(figure(value, .fraction))",
                         inputs: Self.merged(investorInputs, postMoneyInputs))
    }

    /// Implied ownership per investor, in the round's order; the post-money part of the
    /// formula and inputs is worked out once for all of them.
    var ownership: [Indicator] {
        let postMoneyInputs = postMoneyInputs
        let postMoneyTerm = postMoneyTerm
        return scenario.round.investors.map { investor in
            let headline = investor.amount.value.headline
            let value = Self.ratio(headline, postMoney)
            let definition = IndicatorDefinition(
                id: IndicatorCatalogue.ownershipPrefix + investor.id, name: "Implied ownership: \(investor.name)",
                unit: .fraction, defaultThreshold: nil, defaultWeight: 0)
            let inputs = Self.merged([input(investor.name, investor.amount)], postMoneyInputs)
            return indicator(definition, value: value,
                             formula: "\(investor.name) ÷ post-money = \(money(headline)) ÷ \(postMoneyTerm) = \(figure(value, .fraction))",
                             inputs: inputs)
        }
    }

    /// Herfindahl-Hirschman index of the disclosed amounts: 10,000 for a single investor.
    var investorConcentration: Indicator {
        let amounts = scenario.round.investors.compactMap(\.amount.value.headline)
        let (value, terms) = Self.herfindahl(amounts, total: committed)
        return indicator(IndicatorCatalogue.investorConcentration, value: value,
                         formula: "Σ (100 × amount ÷ committed)² = \(terms) = \(figure(value, .index))",
                         inputs: investorInputs)
    }

    /// Σ (100 × part ÷ total)², and the squares written out ("50.0² + 30.0² + 20.0²").
    static func herfindahl(_ parts: [Double], total: Double) -> (value: Double?, terms: String) {
        guard total > 0, !parts.isEmpty else { return (nil, "n/a") }
        let percentages = parts.map { 100 * $0 / total }
        let terms = percentages.map { FigureFormat.decimal($0, places: 1) + "²" }.joined(separator: " + ")
        return (percentages.map { $0 * $0 }.reduce(0, +), terms)
    }
}
