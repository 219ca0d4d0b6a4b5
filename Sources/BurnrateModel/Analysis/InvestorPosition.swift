/// One investor's place in the round.
public struct InvestorPosition: Sendable, Equatable, Identifiable {
    public let id: String
    public let name: String
    public let amount: Amount
    public let source: String
    public let basis: Basis
    /// What a headline would quote; nil when undisclosed.
    public let headline: Double?
    /// The certain part: nothing of an "up to".
    public let firm: Double?
    /// Headline ÷ committed; nil when undisclosed or nothing is committed.
    public let shareOfRound: Double?
    /// Its share of the round when amounts are bounds: its money against everyone else's.
    public let shareOfRoundBounds: Bounded?
    /// Headline ÷ post-money valuation.
    public let impliedOwnership: Double?
    /// The stake the amount and the valuation allow, when either is a bound: "≤ 5.9 %".
    public let ownershipBounds: Bounded?
    public let instrument: Instrument
    public let status: CommitmentStatus
    /// The parts the scenario splits its commitment into, if any: `parts` reads them.
    public let tranches: [Tranche]
    /// The investor also sells to the company (circular financing).
    public let isSupplier: Bool

    public init(id: String, name: String, amount: Amount, source: String, basis: Basis, headline: Double?,
                firm: Double?, shareOfRound: Double?, impliedOwnership: Double?, instrument: Instrument,
                status: CommitmentStatus, isSupplier: Bool, ownershipBounds: Bounded? = nil,
                shareOfRoundBounds: Bounded? = nil, tranches: [Tranche] = []) {
        self.id = id
        self.name = name
        self.amount = amount
        self.source = source
        self.basis = basis
        self.headline = headline
        self.firm = firm
        self.shareOfRound = shareOfRound
        self.impliedOwnership = impliedOwnership
        self.ownershipBounds = ownershipBounds.flatMap { $0.isExact ? nil : $0 }
        self.shareOfRoundBounds = shareOfRoundBounds.flatMap { $0.isExact ? nil : $0 }
        self.instrument = instrument
        self.status = status
        self.tranches = tranches
        self.isSupplier = isSupplier
    }
}

extension AnalysisContext {
    var investorPositions: [InvestorPosition] {
        let investors = scenario.round.investors
        return investors.indices.map { place in
            let amount = investors[place].amount
            let share = Self.ratio(amount.value.headline, committed)
            let ownership = Self.ratio(amount.value.headline, postMoney)
            return InvestorPosition(
                id: investors[place].id, name: investors[place].name, amount: amount.value, source: amount.source,
                basis: amount.basis, headline: amount.value.headline, firm: amount.value.firm,
                shareOfRound: share, impliedOwnership: ownership,
                instrument: investors[place].instrument, status: investors[place].status,
                isSupplier: investors[place].supplier != nil,
                // Bounds worked out from a hidden figure compare with it, and come out as wide as can be.
                ownershipBounds: Masked.isMasked(ownership) ? nil : ownershipBounds(of: amount.value),
                shareOfRoundBounds: Masked.isMasked(share) ? nil
                    : Bounded(amount.value).flatMap { Bounded.share($0, of: othersCommitted(besides: $0)) },
                tranches: investors[place].tranches)
        }
    }
}
