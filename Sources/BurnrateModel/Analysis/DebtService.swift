/// What the scenario's debt and leases move in cash over a span of months: principal drawn,
/// interest, principal paid back and lease payments (`DebtSchedule`, `LeaseSchedule`). The
/// projection asks it for each year's months after the date cash on hand stands at, as it does
/// burn; a scenario states its burn without these, so each dollar is counted once.
struct DebtService {
    /// One span's flows, each a positive amount.
    struct Flows: Equatable {
        var drawn = 0.0
        var interest = 0.0
        var principal = 0.0
        var leasePayments = 0.0

        /// What they add to cash: drawn less everything paid.
        var net: Double { drawn - interest - principal - leasePayments }
    }

    let debts: [DebtSchedule]
    let leases: [LeaseSchedule]
    /// The as-of date, in months since year 0.
    let asOfMonths: Double
    /// Where counting starts: where cash on hand stands (`CashRollForward.startMonths`), in
    /// months since year 0; what was drawn and paid before it is in that figure.
    let countsFrom: Double

    init(scenario: Scenario, countingFrom: Double) {
        debts = scenario.debt.compactMap { DebtSchedule($0, asOf: scenario.asOf) }
        leases = scenario.leases.compactMap(LeaseSchedule.init)
        asOfMonths = scenario.asOf.monthsAtStart
        countsFrom = countingFrom
    }

    /// Whether anything moves cash at all: a scenario without debt or leases skips the work.
    var isEmpty: Bool { debts.isEmpty && leases.isEmpty }

    /// The flows over `[from, to)` in months since year 0.
    func flows(from: Double, to: Double) -> Flows {
        var flows = Flows()
        guard to > from else { return flows }
        for debt in debts {
            flows.drawn += debt.drawn(from: from, to: to)
            flows.interest += debt.interest(from: from, to: to)
            flows.principal += debt.repaid(from: from, to: to)
        }
        for lease in leases { flows.leasePayments += lease.payments(from: from, to: to) }
        return flows
    }

    /// The flows of `year`'s months after cash on hand's date.
    func flows(in year: Int) -> Flows {
        flows(from: max(countsFrom, Double(year * 12)), to: Double(year * 12 + 12))
    }

    /// The flows between cash on hand's date and the as-of date: in the cash at the as-of date.
    var flowsBeforeAsOf: Flows { flows(from: countsFrom, to: asOfMonths) }

    /// Principal outstanding at month `month`, over all debts: from their firm parts (nothing
    /// of an "up to") to their headline amounts.
    func outstanding(at month: Double) -> Bounded {
        var low = 0.0, high = 0.0
        for debt in debts {
            let share = debt.outstandingShare(at: month)
            low += debt.firmPrincipal * share
            high += debt.principal * share
        }
        return Bounded(low: low, high: high)
    }
}
