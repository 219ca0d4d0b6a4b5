/// Everything burnrate works out from a scenario: the indicators, the positions of investors
/// and providers, the cap table and the yearly projection. A value: build a new one for a
/// changed scenario (a what-if) and compare.
public struct Analysis: Sendable, Equatable {
    public let scenario: Scenario
    /// `IndicatorCatalogue.all` in order, then `ownership.<investor id>` per investor.
    public let indicators: [Indicator]
    public let investors: [InvestorPosition]
    public let capTable: [CapTableRow]
    public let providers: [ProviderExposure]
    /// Investors that are also suppliers, and the money that goes round through them.
    public let circularFlows: [CircularFlow]
    public let projection: Projection
    /// Σ of the disclosed investors' amounts, from their firm parts to their headlines.
    public let committed: Bounded
    /// Σ of the disclosed investors' headline amounts: the single figure a change is measured by.
    public let committedHeadline: Double
    /// Σ of the disclosed contracts' headline values: all contract value.
    public let contractTotal: Double
    /// Each site's readiness, in the scenario's order.
    public let sites: [SiteReadiness]

    public init(scenario: Scenario) {
        let context = AnalysisContext(scenario: scenario)
        var indicators = [
            context.coverage, context.realisation, context.dilution, context.investorConcentration,
            context.supplierConcentration, context.largestSupplierShare, context.capacityIfLargestFails,
            context.commitmentsToRevenue, context.fundingGap, context.cashRunway, context.circularShare,
            context.circularFlowBack, context.nonCashShare, context.readiness,
            context.interestCover, context.debtToRevenue, context.maturitiesInRunway, context.customerConcentration,
        ]
        let judgedCount = indicators.count
        context.appendOwnership(to: &indicators)
        // Inserting the composite between the two moves the ownership indicators along, where
        // building a new array would copy ten thousand of them.
        indicators.insert(context.compositeRisk(of: indicators), at: judgedCount)
        self.scenario = scenario
        self.indicators = indicators
        investors = context.investorPositions
        capTable = context.capTable
        providers = context.providerExposures
        circularFlows = context.circularFlows
        projection = context.projection
        committed = context.committedBounds
        committedHeadline = context.committed
        contractTotal = context.contractTotal
        sites = context.siteReadiness
    }

    public func indicator(_ id: String) -> Indicator? {
        indicators.first { $0.id == id }
    }
}
