/// Indicators of whether the cash lasts: the projection's lowest point and when it turns negative.
extension AnalysisContext {
    /// The lowest year-end cash `cash` picks from each year, when every year has one.
    private func lowestCash(_ cash: (ProjectionYear) -> Double? = { $0.cash }) -> (year: Int, cash: Double)? {
        var lowest: (year: Int, cash: Double)?
        for year in projection.years {
            guard let cash = cash(year) else { return nil }
            if cash < lowest?.cash ?? .infinity { lowest = (year.year, cash) }
        }
        return lowest
    }

    /// "base case (firm + scheduled)": the policy the projection's base case follows.
    private var baseCaseText: String { "base case (\(scenario.baseCase.summary))" }

    private var horizonText: String { "\(scenario.horizon.start)–\(scenario.horizon.end)" }

    /// Cash on hand brought to the as-of date, each horizon year's burn (with what delays moved
    /// in it), what debt and leases move, and every round payment: what the cash line is made of.
    func workOutCashInputs() -> [IndicatorInput] {
        let asOf = scenario.asOf.fractionalYear
        let burns = scenario.horizonYears.map { year in
            guard let financialYear = scenario.financialYear(standingFor: year) else {
                return derivedInput("Burn \(year)", nil, .money)
            }
            let standIn = financialYear.year == year ? "" : " (as \(financialYear.year))"
            let months = 12 * min(1, max(0, Double(year + 1) - asOf))
            guard months < 12 else { return input("Burn \(year)\(standIn)", financialYear.burn, .money) }
            // The as-of year: the cash at as-of above has burnt its months before; what a
            // what-if's delays add to it falls after as-of, whole.
            let delay = scenario.financials.delayBurn(in: year)
            let yearBurn = financialYear.burn.value - delay
            let delayText = delay != 0 && months > 0 ? ", and the delays' \(money(delay)) whole" : ""
            let label = "Burn \(year)\(standIn) after as-of: \(FigureFormat.decimal(months, places: 2, trimmingZeros: true)) "
                + "of 12 months of \(money(yearBurn))\(delayText)"
            let counted = Projection.burn(financialYear.burn.value, in: year, after: scenario.asOf.monthsAtStart,
                                          asOf: scenario.asOf, financials: scenario.financials)
            return IndicatorInput(label: label, value: counted, unit: .money,
                                  source: financialYear.burn.source, basis: Basis.weaker(financialYear.burn.basis, .derived))
        }
        var inputs = cashOnHandInputs
        inputs.reserveCapacity(inputs.count + burns.count + payments.count)
        inputs += burns
        inputs += delayInputs
        inputs += debtServiceInputs
        let policy = scenario.baseCase
        let prefix = currencyPrefix
        for index in payments.indices {
            let payment = payments[index]
            let bounds = Bounded(payment.amount.value)
            // "Round: Amazon, tranche 2, conditional, unscheduled (base case counts $0)": the words
            // come to 7 + 25 + 19 + 7 bytes at most, the sum to 32 and the currency's prefix.
            let label = TextBuffer.make(capacity: payment.label.utf8.count + prefix.utf8.count + 96) { text in
                text.append("Round: ")
                text.append(payment.label)
                if payment.isConditional { text.append(payment.isScheduled ? ", conditional, scheduled" : ", conditional, unscheduled") }
                text.append(" (base case counts ")
                if let bounds { text.appendMoney(policy.counts(payment, bounds: bounds), prefix: prefix) } else { text.append("nothing") }
                text.append(")")
            }
            inputs.append(input(label, payment.amount))
        }
        return inputs
    }

    /// Judged in the base case; bounded by the gap with the most round money and with the least.
    var fundingGap: Indicator {
        let lowest = lowestCash()
        let value = lowest.map { max(0, -$0.cash) }
        let lowestText = lowest.map { "\(money($0.cash)) (\($0.year))" } ?? "n/a"
        var formula = "\(baseCaseText): lowest year-end cash \(horizonText) = \(lowestText) → gap \(value.map(money) ?? FigureFormat.notAvailable)"
        var bounds: Bounded?
        if let most = lowestCash({ $0.cashBounds?.high }), let least = lowestCash({ $0.cashBounds?.low }) {
            bounds = Bounded(low: max(0, -most.cash), high: max(0, -least.cash))
            if let bounds, !bounds.isExact {
                formula += "; all round money at its most: \(money(most.cash)) (\(most.year)), firm money only: "
                    + "\(money(least.cash)) (\(least.year)) → gap \(figure(bounds, .money))"
            }
        }
        return indicator(IndicatorCatalogue.fundingGap, value: value, formula: formula, inputs: cashInputs, bounds: bounds)
    }

    /// Years from the as-of date until cash runs out; when it lasts the whole horizon, the time
    /// to the horizon's end, as a lower bound.
    var cashRunway: Indicator {
        let asOf = scenario.asOf.fractionalYear
        let asOfText = "as of \(FigureFormat.decimal(asOf, places: 2))"
        let value: Double?
        var formula: String
        if let runsOut = projection.cashRunsOut, let year = projection.year(Int(runsOut.rounded(.down))) {
            value = max(0, runsOut - asOf)
            let cashAtStart = projection.years.last { $0.year < year.year }?.cash ?? projection.openingCash
            formula = "\(baseCaseText): cash runs out at \(FigureFormat.decimal(runsOut, places: 2)) (\(year.year) starts with "
                + "\(money(cashAtStart)), ends with \(money(year.cash))) − \(asOfText) = \(figure(value, .years))"
        } else if let last = projection.years.last, last.cash != nil {
            value = Double(last.year + 1) - asOf
            formula = "\(baseCaseText): cash lasts through \(last.year): at least \(last.year + 1) − \(asOfText) = \(figure(value, .years))"
        } else {
            value = nil
            formula = "no cash projection: n/a"
        }
        let bounds = runwayBounds(asOf: asOf)
        if let bounds, value != nil, !bounds.isExact {
            formula += "; from firm money only to all round money at its most: \(figure(bounds, .years))"
        }
        return indicator(IndicatorCatalogue.cashRunway, value: value, formula: formula, inputs: cashInputs, bounds: bounds)
    }

    /// From the runway with the least round money to the one with the most. Cash that lasts the
    /// horizon lasts at least to its end, and perhaps for ever: no upper bound.
    private func runwayBounds(asOf: Double) -> Bounded? {
        guard let last = projection.years.last, last.cashBounds != nil else { return nil }
        let horizonEnd = Double(last.year + 1) - asOf
        let least = projection.runsOut { $0.cashBounds?.low }.map { max(0, $0 - asOf) } ?? horizonEnd
        let most = projection.runsOut { $0.cashBounds?.high }.map { max(0, $0 - asOf) } ?? .infinity
        return Bounded(low: least, high: most)
    }

    /// Cash on hand at its date, the burn of the months to the as-of date, and the cash left
    /// there: "$17.5B at 2025-06-30 − $4B (Jul–Dec 2025) − … = $10B at 2026-02-20".
    private var cashOnHandInputs: [IndicatorInput] {
        let roll = projection.cashRollForward
        var cashOnHand = input("Cash on hand", roll.figure, .money)
        cashOnHand.date = roll.figureDate
        var inputs = [cashOnHand]
        for step in roll.steps {
            let months = FigureFormat.decimal(step.months, places: 2, trimmingZeros: true)
            inputs.append(IndicatorInput(label: "Burn \(step.period): \(months) of 12 months of \(money(step.yearBurn))",
                                         value: step.burn, unit: .money, source: step.burnFigure.source,
                                         basis: Basis.weaker(step.burnFigure.basis, .derived)))
        }
        let formula = roll.notRolledBecause.map { "taken as it stands, not rolled forward: \($0)" }
            ?? ([money(roll.figure.value)] + roll.steps.map { money($0.burn) }).joined(separator: " − ")
        inputs.append(IndicatorInput(label: "Cash at as-of (\(formula))", value: roll.cash, unit: .money,
                                     source: nil, basis: inputs.map(\.basis).reduce(.reported, Basis.weaker),
                                     date: scenario.asOf))
        return inputs
    }

    /// What a what-if's delays moved in each year: payments, and revenue at the scenario's revenue
    /// per gigawatt-year (`DelayCost`).
    private var delayInputs: [IndicatorInput] {
        let costs = scenario.financials.delayCosts
        guard !costs.isEmpty else { return [] }
        var inputs: [IndicatorInput] = []
        if let perGW = scenario.financials.revenuePerGW { inputs.append(input("Revenue per GW-year online", perGW, .money)) }
        let perGW = money(scenario.financials.revenuePerGW?.value ?? 0)
        for cost in costs {
            let gigawattYears = FigureFormat.decimal(cost.gigawattYears, places: 2, trimmingZeros: true)
            inputs.append(IndicatorInput(label: "Delay \(cost.year): cash payments moved", value: cost.payments,
                                         unit: .money, source: WhatIf.sourceID, basis: .assumption))
            inputs.append(IndicatorInput(label: "Delay \(cost.year): revenue moved (\(gigawattYears) GW-years × \(perGW))",
                                         value: cost.revenue, unit: .money, source: WhatIf.sourceID, basis: .assumption))
        }
        return inputs
    }
}
