/// Indicators of the funding round itself: how full, how real, how diluting, how concentrated.
extension AnalysisContext {
    /// Judged at the headline amounts; bounds from the least committed against the largest
    /// target to the most committed against the smallest.
    var coverage: Indicator {
        let target = scenario.round.target.value
        let value = Self.ratio(committed, target.headline)
        let bounds = Bounded(target).flatMap(committedBounds.divided)
        let result = bounds.map { figure($0, .multiple) } ?? figure(value, .multiple)
        return indicator(IndicatorCatalogue.roundCoverage, value: value,
                         formula: "committed ÷ target = \(figure(committedBounds, .money)) ÷ \(FigureFormat.amount(target, currency: scenario.currency)) = \(result)",
                         inputs: investorInputs + [targetInput], bounds: bounds)
    }

    /// Realised money is what investors have signed or paid; for an investor with tranches,
    /// tranche by tranche.
    var realisation: Indicator {
        let realised = payments.indices.lazy.filter { payments[$0].status.isRealised }
            .compactMap { payments[$0].amount.value.headline }.reduce(0, +)
        let value = Self.ratio(realised, committed)
        // a share of the payments: the realised ones against the rest
        var realisedBounds = Bounded.zero, rest = Bounded.zero
        for payment in payments {
            guard let bounds = Bounded(payment.amount.value) else { continue }
            if payment.status.isRealised { realisedBounds = realisedBounds + bounds } else { rest = rest + bounds }
        }
        let bounds = Bounded.share(realisedBounds, of: rest)
        let inputs = payments.indices.map { index in
            let status = payments[index].status
            let label = TextBuffer.concatenated(payments[index].label, ": ", status.rawValue,
                                                status.isRealised ? ", realised" : "")
            return input(label, payments[index].amount)
        }
        let result = bounds.map { figure($0, .fraction) } ?? figure(value, .fraction)
        return indicator(IndicatorCatalogue.roundRealisation, value: value,
                         formula: "realised ÷ committed = \(figure(realisedBounds, .money)) ÷ \(figure(committedBounds, .money)) = \(result)",
                         inputs: inputs, bounds: bounds)
    }

    /// Judged at the headline amounts, like coverage.
    var dilution: Indicator {
        let value = Self.ratio(committed, postMoney)
        let bounds = dilutionBounds
        let result = bounds.map { figure($0, .fraction) } ?? figure(value, .fraction)
        return indicator(IndicatorCatalogue.roundDilution, value: value,
                         formula: "committed ÷ post-money = \(figure(committedBounds, .money)) ÷ \(postMoneyTerm) = \(result)",
                         inputs: Self.merged(investorInputs, postMoneyInputs), bounds: bounds)
    }

    /// Appends the implied ownership of each investor, in the round's order; the post-money part
    /// of the formula and inputs is worked out once for all of them.
    func appendOwnership(to indicators: inout [Indicator]) {
        let postMoneyInputs = postMoneyInputs
        let postMoneyTerm = postMoneyTerm
        let prefix = currencyPrefix
        let currency = scenario.currency
        let investors = scenario.round.investors
        // and one more for the composite that goes before them
        indicators.reserveCapacity(indicators.count + investors.count + 1)
        for place in investors.indices {
            let name = investors[place].name
            let amount = investors[place].amount
            let value = Self.ratio(amount.value.headline, postMoney)
            let bounds = ownershipBounds(of: amount.value)
            let definition = IndicatorDefinition(
                id: TextBuffer.concatenated(IndicatorCatalogue.ownershipPrefix, investors[place].id),
                name: TextBuffer.concatenated("Implied ownership: ", name),
                unit: .fraction, defaultThreshold: nil, defaultWeight: 0)
            // The words come to 24 bytes; the amount, a range at worst, to 67 and two prefixes;
            // the result, a range of fractions at worst, to 69.
            let capacity = name.utf8.count + postMoneyTerm.utf8.count + 2 * prefix.utf8.count + 200
            let formula = TextBuffer.make(capacity: capacity) { text in
                text.append(name)
                text.append(" ÷ post-money = ")
                if case .exact = amount.value {
                    text.appendMoney(amount.value.headline, prefix: prefix)
                } else {
                    text.append(FigureFormat.amount(amount.value, currency: currency))
                }
                text.append(" ÷ ")
                text.append(postMoneyTerm)
                text.append(" = ")
                if let bounds, value != nil, !bounds.isExact {
                    text.append(FigureFormat.bounded(bounds, unit: .fraction, currency: currency))
                } else if let value { text.appendFraction(value) } else { text.append(FigureFormat.notAvailable) }
            }
            // the investor's own amount, then what the post-money value was worked out from
            let own = input(name, amount)
            var inputs: [IndicatorInput] = []
            inputs.reserveCapacity(1 + postMoneyInputs.count)
            inputs.append(own)
            for input in postMoneyInputs where input != own { inputs.append(input) }
            indicators.append(indicator(definition, value: value, formula: formula, inputs: inputs, bounds: bounds))
        }
    }

    /// Herfindahl-Hirschman index of the disclosed amounts: 10,000 for a single investor.
    /// An entry for several investors (`Investor.isGroup`) counts from spread thin (nothing) to
    /// one holder: the index is a range, judged at its low end, the named investors alone.
    var investorConcentration: Indicator {
        let investors = scenario.round.investors
        let amounts = investors.compactMap(\.amount.value.headline)
        let (value, terms) = Self.herfindahl(amounts, total: committed)
        let groups = investors.filter { $0.isGroup && $0.amount.value.headline != nil }
        guard !groups.isEmpty, let high = value else {
            return indicator(IndicatorCatalogue.investorConcentration, value: value,
                             formula: "Σ (100 × amount ÷ committed)² = \(terms) = \(figure(value, .index))",
                             inputs: investorInputs)
        }
        let named = investors.filter { !$0.isGroup }.compactMap(\.amount.value.headline)
        let (namedValue, namedTerms) = Self.herfindahl(named, total: committed)
        let low = namedValue ?? 0
        let names = groups.map(\.name).joined(separator: "; ")
        return indicator(IndicatorCatalogue.investorConcentration, value: low,
                         formula: "Σ (100 × amount ÷ committed)², \(names) spread thin to one holder = "
                             + "\(named.isEmpty ? "0" : namedTerms) to \(terms) = \(figure(Bounded(low: low, high: high), .index))",
                         inputs: investorInputs, bounds: Bounded(low: low, high: high))
    }

    /// Σ (100 × part ÷ total)², and the squares written out ("50.0² + 30.0² + 20.0²").
    static func herfindahl(_ parts: [Double], total: Double) -> (value: Double?, terms: String) {
        guard total > 0, !parts.isEmpty else { return (nil, "n/a") }
        let percentages = parts.map { 100 * $0 / total }
        // A term is 31 bytes at most, with " + " before all but the first.
        let terms = TextBuffer.make(capacity: 34 * percentages.count) { text in
            for (offset, percentage) in percentages.enumerated() {
                if offset > 0 { text.append(" + ") }
                text.appendDecimal(percentage, places: 1)
                text.append("²")
            }
        }
        return (percentages.map { $0 * $0 }.reduce(0, +), terms)
    }
}
