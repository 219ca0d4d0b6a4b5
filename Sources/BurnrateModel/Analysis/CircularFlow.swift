/// Money that goes round: an investor that also sells to the company, what it puts into the
/// round, and the spending that flows back to it.
///
/// Each dollar of contract spending is counted once, for the first investor it reaches: a
/// contract's whole value for the investor paid under it (the first in the round's order, when
/// several name it); a contract paid to no investor counts for the investors whose
/// `spend_share` reaches into it, each its share, scaled down together when the shares add up
/// to more than all of it. A share of a contract paid to another investor is already counted
/// there: it is only in the gross figure.
public struct CircularFlow: Sendable, Equatable {
    public let investorID: String
    public let investor: String
    /// What it supplies, in the scenario's words ("cloud compute (AWS)", "GPUs").
    public let supplies: String
    /// Its round money as the scenario states it ("up to $50B").
    public let amount: Amount
    /// The contracts it is paid under that no investor before it in the round is paid under.
    public let paidDirectly: Double
    /// Its `spend_share` of the contracts paid to no investor, after scaling.
    public let throughOthers: Double
    /// The disclosed value of the contracts paid to no investor: what `throughOthers` is a share of.
    public let paidToNoInvestor: Double
    /// `throughOthers` is less than its spend share of `paidToNoInvestor`: the investors' spend
    /// shares add up to more than 100 %, and each was scaled down by their sum.
    public let isScaledDown: Bool
    /// Every flow reaching it, counted again where another investor's figure holds it: its
    /// contracts plus its `spend_share` of all other contract value.
    public let grossFlowsBack: Double
    /// Something says what flows back to it: a contract it is paid under with a disclosed value,
    /// or its spend share. Without either its flows back are unknown, not $0.
    public let isKnown: Bool

    /// What flows back to it and to no other investor's figure: the flows of all investors add
    /// up to at most the contracts' total.
    public var flowsBack: Double { paidDirectly + throughOthers }

    public init(investorID: String, investor: String, supplies: String, amount: Amount,
                paidDirectly: Double, throughOthers: Double, paidToNoInvestor: Double, grossFlowsBack: Double,
                isScaledDown: Bool = false, isKnown: Bool = true) {
        self.investorID = investorID
        self.investor = investor
        self.supplies = supplies
        self.amount = amount
        self.paidDirectly = paidDirectly
        self.throughOthers = throughOthers
        self.paidToNoInvestor = paidToNoInvestor
        self.isScaledDown = isScaledDown
        self.grossFlowsBack = grossFlowsBack
        self.isKnown = isKnown
    }
}
