/// Indicators of what the debt asks of the company: interest against operating income, debt
/// against revenue, and principal falling due before the cash runs out. Each is not
/// applicable, never 0, for a scenario without debt.
extension AnalysisContext {
    /// Every figure of every debt: its principal (a credit line's drawn part beside its limit),
    /// its rate; the label carries its dates and repayment.
    func workOutDebtInputs() -> [IndicatorInput] {
        var inputs: [IndicatorInput] = []
        inputs.reserveCapacity(3 * scenario.debt.count)
        for debt in scenario.debt {
            // "Debt term-loan (Bank, loan, bullet, from 2025-07 to 2027-07)"
            let from = debt.start.map { TextBuffer.concatenated(", from ", $0.value.description) } ?? ""
            let to = debt.maturity.map { TextBuffer.concatenated(debt.start == nil ? ", to " : " to ", $0.value.description) } ?? ""
            let label = TextBuffer.concatenated("Debt ", debt.id, " (", debt.lender, ", " + debt.kind.rawValue + ", ",
                                                debt.repayment.rawValue, from + to + ")")
            inputs.append(input(debt.drawn == nil ? label : TextBuffer.concatenated(label, ": limit"), debt.amount))
            if let drawn = debt.drawn { inputs.append(input(TextBuffer.concatenated(label, ": drawn"), drawn, .money)) }
            inputs.append(debt.rate.map { input(TextBuffer.concatenated(label, ": rate"), $0, .fraction) }
                ?? derivedInput(TextBuffer.concatenated(label, ": rate not stated, no interest"), nil, .fraction))
        }
        return inputs
    }

    /// Every lease's payment a year and term; the label carries its start.
    func workOutLeaseInputs() -> [IndicatorInput] {
        var inputs: [IndicatorInput] = []
        inputs.reserveCapacity(2 * scenario.leases.count)
        for lease in scenario.leases {
            let from = lease.start.map { TextBuffer.concatenated(", from ", $0.value.description) } ?? ""
            let label = TextBuffer.concatenated("Lease ", lease.id, " (", lease.lessor, from, ")")
            inputs.append(input(TextBuffer.concatenated(label, ": payment a year"), lease.paymentPerYear))
            inputs.append(lease.termYears.map { input(TextBuffer.concatenated(label, ": term"), $0, .years) }
                ?? derivedInput(TextBuffer.concatenated(label, ": no term stated"), nil, .years))
        }
        return inputs
    }

    /// What debt and leases move in each year's months after cash on hand's date (counted as
    /// burn is), with the figures they come from: part of the cash line. Nothing for a scenario
    /// without them.
    var debtServiceInputs: [IndicatorInput] {
        guard !debtService.isEmpty else { return [] }
        var inputs = debtInputs + leaseInputs
        let after = debtService.countsFrom < debtService.asOfMonths ? "cash on hand's date" : "as-of"
        let first = min(Int((debtService.countsFrom / 12).rounded(.down)), scenario.horizon.start)
        for year in first...max(first, scenario.horizon.end) {
            let flows = debtService.flows(in: year)
            guard flows != DebtService.Flows() else { continue }
            let label = "Debt and leases \(year) after \(after): \(money(flows.drawn)) drawn − \(money(flows.interest)) interest − "
                + "\(money(flows.principal)) principal − \(money(flows.leasePayments)) lease payments"
            inputs.append(derivedInput(label, flows.net, .money))
        }
        return inputs
    }

    /// Above 0, or hidden in private mode: a hidden figure makes the indicator hidden
    /// (`AnalysisContext.indicator`), never not applicable, which would tell what it hides.
    static func isPositiveOrHidden(_ figure: Double) -> Bool {
        figure > 0 || Masked.isMasked(figure)
    }

    /// "no debt stated", or "every debt's amount is undisclosed": why a debt indicator does not apply.
    private var noDebtReason: String? {
        if scenario.debt.isEmpty { return "no debt stated" }
        return debtService.debts.isEmpty ? "every debt's amount is undisclosed" : nil
    }

    /// The as-of year's operating income ÷ that whole year's interest (the months before the
    /// as-of date too: operating income is the whole year's).
    var interestCover: Indicator {
        let definition = IndicatorCatalogue.interestCover
        if let reason = noDebtReason { return notApplicable(definition, because: reason, inputs: debtInputs) }
        let year = scenario.asOf.year
        let interest = debtService.flows(from: Double(year * 12), to: Double(year * 12 + 12)).interest
        var inputs = debtInputs
        inputs.append(derivedInput("Interest \(year): rate × principal outstanding, month by month", interest, .money))
        guard Self.isPositiveOrHidden(interest) else {
            return notApplicable(definition, because: "no interest in \(year) (no debt with a rate outstanding)", inputs: inputs)
        }
        guard let standing = scenario.financialYear(standingFor: year), let operating = standing.operatingIncome else {
            return notApplicable(definition, because: "no operating income stated for \(year)", inputs: inputs)
        }
        let standIn = standing.year == year ? "" : " (as \(standing.year))"
        inputs.insert(input("Operating income \(year)\(standIn)", operating, .money), at: 0)
        let value = Self.ratio(operating.value, interest)
        return indicator(definition, value: value,
                         formula: "operating income ÷ interest \(year) = \(money(operating.value)) ÷ \(money(interest)) = \(figure(value, .multiple))",
                         inputs: inputs)
    }

    /// Principal outstanding at the as-of date (drawn by then, not yet paid back) ÷ the as-of
    /// year's revenue.
    var debtToRevenue: Indicator {
        let definition = IndicatorCatalogue.debtToRevenue
        if let reason = noDebtReason { return notApplicable(definition, because: reason, inputs: debtInputs) }
        // judged at the headline amounts; from the firm parts up, as round money is
        let outstanding = debtService.outstanding(at: debtService.asOfMonths)
        var inputs = debtInputs
        inputs.append(IndicatorInput(label: "Debt outstanding at \(scenario.asOf)", value: outstanding.high, unit: .money,
                                     source: nil, basis: .derived, bounds: outstanding))
        let year = scenario.asOf.year
        guard let standing = scenario.financialYear(standingFor: year), Self.isPositiveOrHidden(standing.revenue.value) else {
            return notApplicable(definition, because: "no revenue for \(year)", inputs: inputs)
        }
        let standIn = standing.year == year ? "" : " (as \(standing.year))"
        inputs.insert(input("Revenue \(year)\(standIn)", standing.revenue, .money), at: 0)
        let value = Self.ratio(outstanding.high, standing.revenue.value)
        let bounds = outstanding.divided(by: Bounded(exactly: standing.revenue.value))
        let result = bounds.map { figure($0, .multiple) } ?? figure(value, .multiple)
        return indicator(definition, value: value,
                         formula: "debt outstanding at \(scenario.asOf) ÷ revenue \(year) = \(figure(outstanding, .money)) ÷ "
                             + "\(money(standing.revenue.value)) = \(result)",
                         inputs: inputs, bounds: bounds)
    }

    /// Principal falling due from the as-of date to where the cash runs out (the horizon's end
    /// when it lasts) ÷ cash at the as-of date.
    var maturitiesInRunway: Indicator {
        let definition = IndicatorCatalogue.maturitiesInRunway
        if let reason = noDebtReason { return notApplicable(definition, because: reason, inputs: debtInputs) }
        let runsOut = projection.cashRunsOut
        let end = runsOut ?? Double(scenario.horizon.end + 1)
        let endText = runsOut.map { "cash runs out at \(FigureFormat.decimal($0, places: 2))" }
            ?? "cash lasts the horizon, to \(scenario.horizon.end + 1)"
        let due = debtService.flows(from: debtService.asOfMonths, to: max(debtService.asOfMonths, end * 12)).principal
        let cash = projection.startingCash
        // the cash line's inputs hold every debt's figures already
        let inputs = [derivedInput("Principal due from \(scenario.asOf) until \(endText)", due, .money)] + cashInputs
        guard Self.isPositiveOrHidden(cash) else { return notApplicable(definition, because: "no cash at the as-of date", inputs: inputs) }
        let value = Self.ratio(due, cash)
        return indicator(definition, value: value,
                         formula: "principal due until \(endText) ÷ cash at \(scenario.asOf) = \(money(due)) ÷ \(money(cash)) = "
                             + figure(value, .fraction),
                         inputs: inputs)
    }
}
