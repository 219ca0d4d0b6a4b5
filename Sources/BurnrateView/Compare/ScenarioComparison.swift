import BurnrateModel

/// Two analyses side by side: the round, every investor, provider and indicator matched by
/// id, so the view can show what moved from A (the scenario on screen) to B.
public struct ScenarioComparison: Sendable {
    public let a: Analysis
    public let b: Analysis
    public let investors: [Compared<InvestorPosition>]
    public let providers: [Compared<ProviderExposure>]
    /// Every indicator, ownership included, in A's order.
    public let indicators: [Compared<Indicator>]

    public init(_ a: Analysis, _ b: Analysis) {
        self.a = a
        self.b = b
        investors = Compared.match(a.investors, b.investors, id: \.id)
        providers = Compared.match(a.providers, b.providers, id: \.provider)
        // an indicator that applies to neither has nothing to compare
        indicators = Compared.match(a.indicators, b.indicators, id: \.id).filter { $0.a?.isApplicable == true || $0.b?.isApplicable == true }
    }

    public var roundTarget: (a: Amount, b: Amount) { (a.scenario.round.target.value, b.scenario.round.target.value) }
    public var postMoney: (a: Amount?, b: Amount?) { (a.scenario.round.postMoney?.value, b.scenario.round.postMoney?.value) }
    /// The disclosed commitments added up, as the header shows them.
    public var committed: (a: Double, b: Double) { (a.committedHeadline, b.committedHeadline) }
}
