/// One calendar year of the projection. Money is in the scenario's currency.
public struct ProjectionYear: Sendable, Equatable {
    public let year: Int
    /// Per provider, in the order providers first appear among the contracts: that of
    /// `Analysis.providers`.
    public let capacityOnlineGW: [ProviderCapacity]
    /// The sum of the known capacities.
    public let totalCapacityOnlineGW: Double
    /// Contract payments falling due in the year. Shown beside the cash, not subtracted from
    /// it: the burn figures already include what is spent on compute.
    public let obligationsDue: Double
    /// Nil when the scenario has no financial years at all.
    public let revenue: Double?
    public let burn: Double?
    /// Round money arriving in the year, as the scenario's base case counts it.
    public let inflows: Double
    /// The least and the most round money that may arrive in the year (see `RoundInflows`).
    public let inflowBounds: Bounded
    /// Debt principal received in the year's months after the as-of date.
    public let debtDrawn: Double
    /// Interest on debt outstanding in the year's months after the as-of date.
    public let interest: Double
    /// Debt principal paid back in the year's months after the as-of date.
    public let principal: Double
    /// Lease payments in the year's months after the as-of date.
    public let leasePayments: Double
    /// Cash at the end of the year: the year before's, plus round money and debt drawn, less
    /// burn, interest, principal and lease payments; nil without burn figures.
    public let cash: Double?
    /// Year-end cash with the least and the most round money by then; nil without burn figures.
    public let cashBounds: Bounded?

    public init(year: Int, capacityOnlineGW: [ProviderCapacity], totalCapacityOnlineGW: Double,
                obligationsDue: Double, revenue: Double?, burn: Double?, inflows: Double, cash: Double?,
                inflowBounds: Bounded? = nil, cashBounds: Bounded? = nil, debtDrawn: Double = 0, interest: Double = 0,
                principal: Double = 0, leasePayments: Double = 0) {
        self.year = year
        self.capacityOnlineGW = capacityOnlineGW
        self.totalCapacityOnlineGW = totalCapacityOnlineGW
        self.obligationsDue = obligationsDue
        self.revenue = revenue
        self.burn = burn
        self.inflows = inflows
        self.debtDrawn = debtDrawn
        self.interest = interest
        self.principal = principal
        self.leasePayments = leasePayments
        self.cash = cash
        self.inflowBounds = inflowBounds ?? Bounded(exactly: inflows)
        self.cashBounds = cashBounds ?? cash.map { Bounded(exactly: $0) }
    }
}
