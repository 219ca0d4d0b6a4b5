/// A holder's stake before and after the round, as fractions of the company.
public struct CapTableRow: Sendable, Equatable {
    public let holder: String
    /// Nil for a new investor the cap table does not list.
    public let before: Double?
    /// Nil when the valuation or the holder's new money is unknown.
    public let after: Double?

    public init(holder: String, before: Double?, after: Double?) {
        self.holder = holder
        self.before = before
        self.after = after
    }
}

extension AnalysisContext {
    /// Existing holders diluted by the round, then the new investors. An investor that already
    /// holds a stake (same name, ignoring case) keeps one row with both parts.
    var capTable: [CapTableRow] {
        let investors = scenario.round.investors
        let retained = Self.ratio(postMoney.map { $0 - committed }, postMoney)
        func newStake(_ investor: Investor) -> Double? { Self.ratio(investor.amount.value.headline, postMoney) }
        func sameName(_ investor: Investor, _ holder: String) -> Bool { investor.name.lowercased() == holder.lowercased() }

        let existing = scenario.round.capTable.map { entry in
            let diluted = retained.map { entry.share.value * $0 }
            let after: Double?
            if let investor = investors.first(where: { sameName($0, entry.holder) }) {
                after = diluted.flatMap { diluted in newStake(investor).map { diluted + $0 } }
            } else {
                after = diluted
            }
            return CapTableRow(holder: entry.holder, before: entry.share.value, after: after)
        }
        let newcomers = investors
            .filter { investor in !scenario.round.capTable.contains { sameName(investor, $0.holder) } }
            .map { CapTableRow(holder: $0.name, before: nil, after: newStake($0)) }
        return existing + newcomers
    }
}
