/// Round money arriving in each year of the horizon: in the base case the scenario's policy
/// names, and at its least and its most.
///
/// A payment arrives in the year of its date: a tranche's own date, else the round's, else the
/// as-of date (an undated payment comes with the round). One dated before the horizon counts
/// in its first year; one dated after it does not count. At its least, a payment brings its
/// firm part, and nothing when it is conditional; at its most, everything it may bring,
/// conditional or not ("at least" has no most). Undisclosed amounts count in none of the three.
struct RoundInflows {
    var base: [Double]
    var low: [Double]
    var high: [Double]
    /// What `base` counts of the payments the scenario dates before the as-of date: money
    /// received by then, in the cash at the as-of date, which stands at the start of that day (a
    /// payment on the day itself arrives after it; an undated one in the course of the as-of year).
    var receivedByAsOf = 0.0

    init(years: [Int], payments: [RoundPayment], scenario: Scenario) {
        let policy = scenario.baseCase
        base = Array(repeating: 0, count: years.count)
        low = base
        high = base
        for payment in payments {
            let arrival = max((payment.date ?? scenario.asOf).year, scenario.horizon.start)
            guard let index = years.firstIndex(of: arrival), let bounds = Bounded(payment.amount.value) else { continue }
            let counted = policy.counts(payment, bounds: bounds)
            base[index] += counted
            if let date = payment.date, date.monthsAtEnd <= scenario.asOf.monthsAtStart { receivedByAsOf += counted }
            low[index] += payment.isConditional ? 0 : bounds.low
            high[index] += bounds.high
        }
    }

    /// Each year's `base`, and its bounds when they differ from it.
    func bounds(at index: Int) -> Bounded { Bounded(low: low[index], high: high[index]) }
}

extension BaseCasePolicy {
    /// What the base case counts of a payment with these bounds: its floor and `upToShare` of
    /// what lies above it, or nothing for conditional money the policy leaves out.
    func counts(_ payment: RoundPayment, bounds: Bounded) -> Double {
        switch conditional {
        case .never where payment.isConditional, .scheduled where payment.isConditional && !payment.isScheduled:
            return 0
        default:
            return bounds.high.isFinite ? bounds.low + upToShare * (bounds.high - bounds.low) : bounds.low
        }
    }
}
