/// A holder's stake before and after the round, as fractions of the company.
public struct CapTableRow: Sendable, Equatable {
    public let holder: String
    /// The investor in the round that is this holder (same name, ignoring case), if any.
    public let investorID: String?
    /// Nil for a new investor the cap table does not list.
    public let before: Double?
    /// Nil when the valuation or the holder's new money is unknown.
    public let after: Double?
    /// Where the stake after the round lies when the round's amounts or its valuation are
    /// bounds; nil when exact.
    public let afterBounds: Bounded?

    public init(holder: String, before: Double?, after: Double?, afterBounds: Bounded? = nil, investorID: String? = nil) {
        self.holder = holder
        self.investorID = investorID
        self.before = before
        self.after = after
        self.afterBounds = after == nil ? nil : afterBounds.flatMap { $0.isExact ? nil : $0 }
    }
}

extension AnalysisContext {
    /// Existing holders diluted by the round, then the new investors. An investor that already
    /// holds a stake (same name, ignoring case) keeps one row with both parts.
    var capTable: [CapTableRow] {
        let investors = scenario.round.investors
        let holders = scenario.round.capTable
        let retained = Self.ratio(postMoney.map { $0 - committed }, postMoney)
        // What holders keep is 1 − dilution: its low end comes from the dilution's high end.
        let retainedBounds = dilutionBounds?.mapDecreasing { 1 - $0 }
        func newStake(_ investor: Investor) -> Double? { Self.ratio(investor.amount.value.headline, postMoney) }
        func newStakeBounds(_ investor: Investor) -> Bounded? { ownershipBounds(of: investor.amount.value) }
        // Lower-cased once each: a round may have ten thousand investors.
        let holderNames = holders.map { $0.holder.lowercased() }
        let investorNames = holders.isEmpty ? [] : investors.map { $0.name.lowercased() }

        var rows = zip(holders, holderNames).map { entry, name in
            let diluted = retained.map { entry.share.value * $0 }
            let dilutedBounds = retainedBounds?.mapIncreasing { entry.share.value * $0 }
            let after: Double?
            let afterBounds: Bounded?
            let place = investorNames.firstIndex(of: name)
            if let place {
                after = diluted.flatMap { diluted in newStake(investors[place]).map { diluted + $0 } }
                afterBounds = dilutedBounds.flatMap { diluted in newStakeBounds(investors[place]).map { diluted + $0 } }
            } else {
                after = diluted
                afterBounds = dilutedBounds
            }
            return CapTableRow(holder: entry.holder, before: entry.share.value, after: after, afterBounds: afterBounds,
                               investorID: place.map { investors[$0].id })
        }
        rows.reserveCapacity(rows.count + investors.count)
        // then the newcomers
        for place in investors.indices where holders.isEmpty || !holderNames.contains(investorNames[place]) {
            rows.append(CapTableRow(holder: investors[place].name, before: nil, after: newStake(investors[place]),
                                    afterBounds: newStakeBounds(investors[place]), investorID: investors[place].id))
        }
        return rows
    }
}
