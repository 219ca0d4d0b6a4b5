/// Indicators of whether the cash lasts: the projection's lowest point and when it turns negative.
extension AnalysisContext {
    /// The lowest year-end cash, when every year has one.
    private var lowestCash: (year: Int, cash: Double)? {
        var lowest: (year: Int, cash: Double)?
        for year in projection.years {
            guard let cash = year.cash else { return nil }
            if cash < lowest?.cash ?? .infinity { lowest = (year.year, cash) }
        }
        return lowest
    }

    private var horizonText: String { "\(scenario.horizon.start)–\(scenario.horizon.end)" }

    /// Cash on hand brought to the as-of date, each horizon year's burn (with what delays moved
    /// in it) and every round payment: what the cash line is made of.
    func workOutCashInputs() -> [IndicatorInput] {
        let asOf = scenario.asOf.fractionalYear
        let burns = scenario.horizonYears.map { year in
            guard let financialYear = scenario.financialYear(standingFor: year) else {
                return derivedInput("Burn \(year)", nil, .money)
            }
            let standIn = financialYear.year == year ? "" : " (as \(financialYear.year))"
            let months = 12 * min(1, max(0, Double(year + 1) - asOf))
            let delay = scenario.financials.delayBurn(in: year) != 0 && months > 0 ? " (the delays' part whole)" : ""
            let part = months == 12 ? "" : ", \(FigureFormat.decimal(months, places: 2, trimmingZeros: true)) of 12 months after as-of\(delay)"
            return input("Burn \(year)\(standIn)\(part)", financialYear.burn, .money)
        }
        var inputs = cashOnHandInputs
        inputs.reserveCapacity(inputs.count + burns.count + payments.count)
        inputs += burns
        inputs += delayInputs
        for index in payments.indices {
            inputs.append(input(TextBuffer.concatenated("Round: ", payments[index].label), payments[index].amount))
        }
        return inputs
    }

    var fundingGap: Indicator {
        let lowest = lowestCash
        let value = lowest.map { max(0, -$0.cash) }
        let lowestText = lowest.map { "\(money($0.cash)) (\($0.year))" } ?? "n/a"
        return indicator(IndicatorCatalogue.fundingGap, value: value,
                         formula: "lowest year-end cash \(horizonText) = \(lowestText) → gap \(value.map(money) ?? FigureFormat.notAvailable)",
                         inputs: cashInputs)
    }

    /// Years from the as-of date until cash runs out; when it lasts the whole horizon, the time
    /// to the horizon's end, as a lower bound.
    var cashRunway: Indicator {
        let asOf = scenario.asOf.fractionalYear
        let asOfText = "as of \(FigureFormat.decimal(asOf, places: 2))"
        let value: Double?
        let formula: String
        if let runsOut = projection.cashRunsOut, let year = projection.year(Int(runsOut.rounded(.down))) {
            value = max(0, runsOut - asOf)
            let cashAtStart = projection.years.last { $0.year < year.year }?.cash ?? projection.openingCash
            formula = "cash runs out at \(FigureFormat.decimal(runsOut, places: 2)) (\(year.year) starts with "
                + "\(money(cashAtStart)), ends with \(money(year.cash))) − \(asOfText) = \(figure(value, .years))"
        } else if let last = projection.years.last, last.cash != nil {
            value = Double(last.year + 1) - asOf
            formula = "cash lasts through \(last.year): at least \(last.year + 1) − \(asOfText) = \(figure(value, .years))"
        } else {
            value = nil
            formula = "no cash projection: n/a"
        }
        return indicator(IndicatorCatalogue.cashRunway, value: value, formula: formula, inputs: cashInputs)
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
