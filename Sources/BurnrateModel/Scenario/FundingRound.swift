/// A holder's stake before the round, as a fraction of the company (0.27 for 27 %).
public struct CapTableEntry: Sendable, Equatable {
    public var holder: String
    public var share: Sourced<Double>

    public init(holder: String, share: Sourced<Double>) {
        self.holder = holder
        self.share = share
    }
}

public struct FundingRound: Sendable, Equatable {
    public var name: String
    public var date: Day?
    public var status: CommitmentStatus
    public var target: Sourced<Amount>
    public var preMoney: Sourced<Amount>?
    public var postMoney: Sourced<Amount>?
    public var investors: [Investor]
    /// Stakes before the round; empty when the scenario does not give them.
    public var capTable: [CapTableEntry]

    public init(name: String, date: Day? = nil, status: CommitmentStatus, target: Sourced<Amount>,
                preMoney: Sourced<Amount>? = nil, postMoney: Sourced<Amount>? = nil,
                investors: [Investor], capTable: [CapTableEntry] = []) {
        self.name = name
        self.date = date
        self.status = status
        self.target = target
        self.preMoney = preMoney
        self.postMoney = postMoney
        self.investors = investors
        self.capTable = capTable
    }
}
