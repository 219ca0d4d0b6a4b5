/// A customer's commitment to buy from the company: revenue contracted, not yet earned. It
/// never adds to revenue (the years' revenue already holds what it earns); it measures who the
/// revenue depends on.
public struct CustomerContract: Sendable, Equatable, Identifiable {
    public var id: String
    /// Who buys, in the scenario's words.
    public var counterparty: String
    /// Joins the customer to an investor, a lender, a lessor or a contract's provider of the same id.
    public var party: String?
    /// What is left to be delivered under it.
    public var backlog: Sourced<Amount>
    /// Its share of the latest year's revenue, where a filing gives it.
    public var revenueShare: Sourced<Double>?
    public var start: Sourced<Day>?
    public var termYears: Sourced<Double>?
    public var note: String?

    public init(id: String, counterparty: String, party: String? = nil, backlog: Sourced<Amount>,
                revenueShare: Sourced<Double>? = nil, start: Sourced<Day>? = nil,
                termYears: Sourced<Double>? = nil, note: String? = nil) {
        self.id = id
        self.counterparty = counterparty
        self.party = party
        self.backlog = backlog
        self.revenueShare = revenueShare
        self.start = start
        self.termYears = termYears
        self.note = note
    }
}
