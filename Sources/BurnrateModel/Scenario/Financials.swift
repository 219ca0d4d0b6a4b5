public struct FinancialYear: Sendable, Equatable {
    public var year: Int
    public var revenue: Sourced<Double>
    /// Cash consumed in the year (operating loss plus capital spending); negative for a year that
    /// generates cash, which then adds to the cash on hand.
    public var burn: Sourced<Double>
    /// Operating profit (negative for a loss), where the scenario states it: what interest
    /// cover divides.
    public var operatingIncome: Sourced<Double>?

    public init(year: Int, revenue: Sourced<Double>, burn: Sourced<Double>, operatingIncome: Sourced<Double>? = nil) {
        self.year = year
        self.revenue = revenue
        self.burn = burn
        self.operatingIncome = operatingIncome
    }
}

public struct Financials: Sendable, Equatable {
    /// At its own date (else its source's), rolled forward to the as-of date by the burn of the
    /// months between (`CashRollForward`) unless `cashNotRolledForward` says why not.
    public var cashOnHand: Sourced<Double>
    /// Why cash on hand is taken as it stands at the as-of date, not rolled forward; nil to roll.
    public var cashNotRolledForward: String?
    /// Revenue and burn by calendar year, in ascending order.
    public var years: [FinancialYear]
    /// What a year of one gigawatt of capacity online earns: a delay that moves capacity out of a
    /// year takes this much revenue per gigawatt-year with it (`DelayCost`). Nil: revenue does not
    /// follow capacity, and a delay moves only payments.
    public var revenuePerGW: Sourced<Double>?
    /// What a what-if's delays changed, year by year, in the revenue and burn of `years` (which
    /// hold the changed figures). Kept for explain and to place the change after the as-of date;
    /// never read from or written to a file.
    public var delayCosts: [DelayCost]

    public init(cashOnHand: Sourced<Double>, cashNotRolledForward: String? = nil, years: [FinancialYear],
                revenuePerGW: Sourced<Double>? = nil, delayCosts: [DelayCost] = []) {
        self.cashOnHand = cashOnHand
        self.cashNotRolledForward = cashNotRolledForward
        self.years = years
        self.revenuePerGW = revenuePerGW
        self.delayCosts = delayCosts
    }

    /// The burn a what-if's delays added to `year` (negative when they took burn away).
    /// A file keeps only the changed figures, so a saved what-if loads with its delays' cost
    /// spread over the as-of year like the rest of its burn.
    func delayBurn(in year: Int) -> Double {
        delayCosts.first { $0.year == year }?.burn ?? 0
    }
}

/// The calendar years the projection covers, both ends included.
public struct Horizon: Sendable, Equatable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    public var years: ClosedRange<Int> { start...end }
}
