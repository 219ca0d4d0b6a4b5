public struct FinancialYear: Sendable, Equatable {
    public var year: Int
    public var revenue: Sourced<Double>
    /// Cash consumed in the year (operating loss plus capital spending); negative for a year that
    /// generates cash, which then adds to the cash on hand.
    public var burn: Sourced<Double>

    public init(year: Int, revenue: Sourced<Double>, burn: Sourced<Double>) {
        self.year = year
        self.revenue = revenue
        self.burn = burn
    }
}

public struct Financials: Sendable, Equatable {
    public var cashOnHand: Sourced<Double>
    /// Revenue and burn by calendar year, in ascending order.
    public var years: [FinancialYear]

    public init(cashOnHand: Sourced<Double>, years: [FinancialYear]) {
        self.cashOnHand = cashOnHand
        self.years = years
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
