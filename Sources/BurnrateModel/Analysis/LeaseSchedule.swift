/// When one lease's payments fall: its payment a year, a twelfth a month (a part of a month by
/// its days) over `[start, start + term)`, in months since the start of year 0.
struct LeaseSchedule {
    let paymentPerYear: Double
    /// Nil: it runs from before anything the projection counts.
    let start: Double?
    /// Nil: no term is stated, and it runs on.
    let end: Double?

    /// Nil for an undisclosed payment: it counts nowhere.
    init?(_ lease: Lease) {
        guard let payment = lease.paymentPerYear.value.headline else { return nil }
        paymentPerYear = payment
        let start = lease.start?.value.monthsAtStart
        self.start = start
        end = lease.termYears.flatMap { term in start.map { $0 + 12 * term.value } }
    }

    /// Payments over `[from, to)`.
    func payments(from: Double, to: Double) -> Double {
        let lower = max(from, start ?? from), upper = min(to, end ?? to)
        return upper > lower ? paymentPerYear * (upper - lower) / 12 : 0
    }
}
