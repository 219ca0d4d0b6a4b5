/// Money that goes round: an investor that also sells to the company, what it puts into the
/// round, and the spending that flows back to it.
public struct CircularFlow: Sendable, Equatable {
    public let investorID: String
    public let investor: String
    /// What it supplies, in the scenario's words ("cloud compute (AWS)", "GPUs").
    public let supplies: String
    /// Its round money; nil when undisclosed.
    public let invested: Double?
    /// Its linked contracts plus its assumed share of all other capacity spending.
    public let flowsBack: Double

    public init(investorID: String, investor: String, supplies: String, invested: Double?, flowsBack: Double) {
        self.investorID = investorID
        self.investor = investor
        self.supplies = supplies
        self.invested = invested
        self.flowsBack = flowsBack
    }
}
