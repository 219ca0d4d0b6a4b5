/// Equipment the company uses and does not own: a leasing vehicle buys the chips and the
/// company pays for them a year, over a term, and may be able to leave on notice. Like debt,
/// the projection pays it on top of a burn stated without it.
public struct Lease: Sendable, Equatable, Identifiable {
    public var id: String
    /// Who the company pays, in the scenario's words.
    public var lessor: String
    /// Who stands behind the lessor (its owners, lenders): ids joining them to investors,
    /// contracts' providers and customers.
    public var parties: [String]
    /// Who owns the equipment, in the scenario's words.
    public var owner: String?
    public var paymentPerYear: Sourced<Amount>
    public var start: Sourced<Day>?
    public var termYears: Sourced<Double>?
    /// Days of notice either side must give to end it; nil when it cannot be ended early.
    public var exitNoticeDays: Sourced<Double>?
    public var note: String?

    public init(id: String, lessor: String, parties: [String] = [], owner: String? = nil,
                paymentPerYear: Sourced<Amount>, start: Sourced<Day>? = nil, termYears: Sourced<Double>? = nil,
                exitNoticeDays: Sourced<Double>? = nil, note: String? = nil) {
        self.id = id
        self.lessor = lessor
        self.parties = parties
        self.owner = owner
        self.paymentPerYear = paymentPerYear
        self.start = start
        self.termYears = termYears
        self.exitNoticeDays = exitNoticeDays
        self.note = note
    }
}
