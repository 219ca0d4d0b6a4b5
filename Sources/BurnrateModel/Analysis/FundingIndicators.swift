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

    /// Cash on hand, each horizon year's burn and every round payment: what the cash line is made of.
    func workOutCashInputs() -> [IndicatorInput] {
        let burns = scenario.horizonYears.map { year in
            guard let financialYear = scenario.financialYear(standingFor: year) else {
                return derivedInput("Burn \(year)", nil, .money)
            }
            let standIn = financialYear.year == year ? "" : " (as \(financialYear.year))"
            return input("Burn \(year)\(standIn)", financialYear.burn, .money)
        }
        var inputs = [input("Cash on hand", scenario.financials.cashOnHand, .money)]
        inputs.reserveCapacity(1 + burns.count + payments.count)
        inputs += burns
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
            let cashAtStart = projection.years.last { $0.year < year.year }?.cash ?? projection.startingCash
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
}
