/// A payment into the round as it arrives: one per tranche for an investor with tranches,
/// else the investor's whole amount.
struct RoundPayment {
    var amount: Sourced<Amount>
    var instrument: Instrument
    var status: CommitmentStatus
    var date: Day?
    /// "SoftBank", or "Amazon, tranche 2 (2027-01-01)".
    var label: String
    /// Paid on a condition: a conditional instrument, or a tranche with a condition.
    var isConditional = false
    /// The scenario dates the payment itself (a tranche's date, or the round's for an
    /// investor paid at once) rather than the projection assuming one.
    var isScheduled = false
}

extension Scenario {
    /// Calendar years of the horizon; empty rather than a trap when start is after end.
    var horizonYears: [Int] { Array(stride(from: horizon.start, through: horizon.end, by: 1)) }

    /// The financial year that stands for `year`: that year, else the nearest earlier one,
    /// else the first.
    func financialYear(standingFor year: Int) -> FinancialYear? {
        financials.years.filter { $0.year <= year }.max { $0.year < $1.year }
            ?? financials.years.min { $0.year < $1.year }
    }

    /// The revenue commitments are compared with: the latest full year before the as-of date,
    /// else the as-of year, else the first year given.
    var baseRevenueYear: FinancialYear? {
        financials.years.filter { $0.year < asOf.year }.max { $0.year < $1.year }
            ?? financials.years.first { $0.year == asOf.year }
            ?? financials.years.min { $0.year < $1.year }
    }

    var roundPayments: [RoundPayment] {
        var payments: [RoundPayment] = []
        payments.reserveCapacity(round.investors.count)
        for investor in round.investors {
            guard !investor.tranches.isEmpty else {
                payments.append(RoundPayment(amount: investor.amount, instrument: investor.instrument,
                                             status: investor.status, date: round.date, label: investor.name,
                                             isConditional: investor.instrument == .conditional,
                                             isScheduled: round.date != nil))
                continue
            }
            for (offset, tranche) in investor.tranches.enumerated() {
                let when = tranche.date.map { " (\($0))" } ?? ""
                payments.append(RoundPayment(amount: tranche.amount, instrument: tranche.instrument,
                                             status: tranche.status, date: tranche.date ?? round.date,
                                             label: "\(investor.name), tranche \(offset + 1)\(when)",
                                             isConditional: tranche.instrument == .conditional || tranche.condition != nil,
                                             isScheduled: tranche.date != nil))
            }
        }
        return payments
    }
}
