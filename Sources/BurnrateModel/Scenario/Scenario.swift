/// Everything burnrate knows about one company's infrastructure bet at one date.
public struct Scenario: Sendable, Equatable {
    public var id: String
    public var title: String
    public var company: String
    public var asOf: Day
    /// ISO code of the currency every amount is in.
    public var currency: String
    public var horizon: Horizon
    public var sources: [Source]
    public var round: FundingRound
    public var contracts: [CapacityContract]
    public var sites: [Site]
    public var financials: Financials
    public var risk: RiskPolicy
    /// Which promised money the projection's base case counts.
    public var baseCase: BaseCasePolicy
    /// What the simulation draws: distributions for commitments, delays, revenue and burn.
    public var uncertainty: Uncertainty
    /// Loans, notes and credit lines the company owes.
    public var debt: [Debt]
    /// Equipment it leases.
    public var leases: [Lease]
    /// Its customers' contracts with it.
    public var customers: [CustomerContract]

    public init(id: String, title: String, company: String, asOf: Day, currency: String,
                horizon: Horizon, sources: [Source], round: FundingRound,
                contracts: [CapacityContract], sites: [Site], financials: Financials,
                risk: RiskPolicy, baseCase: BaseCasePolicy = .standard, uncertainty: Uncertainty = .none,
                debt: [Debt] = [], leases: [Lease] = [], customers: [CustomerContract] = []) {
        self.id = id
        self.title = title
        self.company = company
        self.asOf = asOf
        self.currency = currency
        self.horizon = horizon
        self.sources = sources
        self.round = round
        self.contracts = contracts
        self.sites = sites
        self.financials = financials
        self.risk = risk
        self.baseCase = baseCase
        self.uncertainty = uncertainty
        self.debt = debt
        self.leases = leases
        self.customers = customers
    }

    public func source(id: String) -> Source? { sources.first { $0.id == id } }

    /// This scenario as a file holds it: without `financials.delayCosts`, which only a what-if makes.
    public var asWritten: Scenario {
        var written = self
        written.financials.delayCosts = []
        return written
    }
    public func investor(id: String) -> Investor? { round.investors.first { $0.id == id } }
    public func contract(id: String) -> CapacityContract? { contracts.first { $0.id == id } }
}
