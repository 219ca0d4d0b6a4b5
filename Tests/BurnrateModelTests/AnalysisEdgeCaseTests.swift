import Testing
@testable import BurnrateModel

/// Scenarios with nothing in them must give "n/a", never a crash, NaN or infinity.
@Suite struct AnalysisEdgeCaseTests {
    static let empty = Scenario(
        id: "empty", title: "Empty", company: "Nobody", asOf: Day(year: 2026), currency: "USD",
        horizon: Horizon(start: 2026, end: 2026), sources: [],
        round: FundingRound(name: "None", status: .projected, target: Sourced(.exact(0), source: "x"), investors: []),
        contracts: [], sites: [],
        financials: Financials(cashOnHand: Sourced(0, source: "x"), years: []),
        risk: RiskPolicy(thresholds: [:], weights: [:]))

    static func expectNothingInfiniteOrNaN(_ analysis: Analysis) {
        for indicator in analysis.indicators {
            #expect(indicator.value?.isFinite ?? true, "\(indicator.id)")
            #expect(!indicator.formula.contains("nan") && !indicator.formula.contains("inf"), "\(indicator.formula)")
        }
    }

    static let debtAndCustomerIDs = ["debt.interest_cover", "debt.revenue_multiple", "debt.maturities_in_runway", "customers.hhi"]

    @Test func anEmptyScenarioHasNoValuesButNoCrash() {
        let analysis = Analysis(scenario: Self.empty)
        Self.expectNothingInfiniteOrNaN(analysis)
        let withValues = analysis.indicators.filter { $0.value != nil }.map(\.id)
        #expect(withValues == [])
        // Nothing can be worked out, so nothing is judged ("ok" would pass an unknown off as a
        // good figure); what does not apply to a scenario without contracts, debt or customers
        // says so (nothing flows back where nothing is bought: n/a, not $0).
        let noContracts = ["suppliers.hhi", "suppliers.largest_share", "suppliers.capacity_if_largest_fails",
                           "commitments.revenue_multiple", "circular.flow_back"]
        #expect(analysis.indicators.allSatisfy { $0.level == nil })
        #expect(analysis.indicators.filter { !$0.isApplicable }.map(\.id) == noContracts + Self.debtAndCustomerIDs)
        #expect(analysis.level("circular.flow_back") == nil)
        #expect(analysis.indicator("round.coverage")?.formula == "committed ÷ target = $0 ÷ $0 = n/a")
        #expect(analysis.indicator("funding.runway")?.formula == "no cash projection: n/a")
        #expect(analysis.indicator("funding.gap")?.formula == "base case (firm + scheduled): lowest year-end cash 2026–2026 = n/a → gap n/a")
        #expect(analysis.indicator("commitments.revenue_multiple")?.formula == "n/a: no capacity contracts stated")
        #expect(analysis.projection.years == [
            ProjectionYear(year: 2026, capacityOnlineGW: [], totalCapacityOnlineGW: 0, obligationsDue: 0,
                           revenue: nil, burn: nil, inflows: 0, cash: nil),
        ])
        #expect(analysis.trend(of: "commitments.revenue_multiple") == [nil])
        #expect(analysis.trend(of: "funding.runway") == [nil])
        #expect(analysis.investors.isEmpty && analysis.capTable.isEmpty && analysis.providers.isEmpty)
    }

    @Test func zeroTargetAndZeroRevenueGiveNoRatio() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.round.target = Sourced(.exact(0), source: "article")
        scenario.financials.years[0].revenue = Sourced(0, source: "facts")
        let analysis = Analysis(scenario: scenario)
        Self.expectNothingInfiniteOrNaN(analysis)
        #expect(analysis.value("round.coverage") == nil)
        #expect(analysis.value("commitments.revenue_multiple") == nil)
    }

    @Test func undisclosedTargetAndValuation() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.round.target = Sourced(.undisclosed, source: "article")
        scenario.round.postMoney = nil
        let analysis = Analysis(scenario: scenario)
        #expect(analysis.value("round.coverage") == nil)
        #expect(analysis.value("round.dilution") == nil)
        #expect(analysis.value("ownership.amazon") == nil)
        #expect(analysis.capTable.allSatisfy { $0.after == nil })
        #expect(analysis.indicator("round.dilution")?.inputs.last?.label == "Post-money valuation")
    }

    @Test func sitesWithoutCapacityGiveNoReadiness() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.sites = scenario.sites.map { site in
            var site = site
            site.capacityGW = Sourced(0, source: "facts")
            return site
        }
        #expect(Analysis(scenario: scenario).value("infrastructure.readiness") == nil)
    }

    @Test func aReversedHorizonProjectsNothing() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.horizon = Horizon(start: 2030, end: 2026)
        let analysis = Analysis(scenario: scenario)
        Self.expectNothingInfiniteOrNaN(analysis)
        #expect(analysis.projection.years.isEmpty)
        #expect(analysis.value("funding.runway") == nil)
        #expect(analysis.value("funding.gap") == nil)
    }

    @Test func aContractWithoutTermLengthFallsDueInItsStartYear() {
        var contract = ArticleScenarioFixture.scenario.contracts[0]
        contract.termYears = Sourced(0, source: "facts")
        let scenario = ArticleScenarioFixture.scenario
        #expect(Projection.obligation(of: contract, in: 2025, scenario: scenario) == 38e9)
        #expect(Projection.obligation(of: contract, in: 2026, scenario: scenario) == 0)
    }

    @Test func cashThatStartsAtZeroRunsOutAtOnce() {
        var scenario = Self.empty
        scenario.asOf = Day(year: 2025, month: 7)
        scenario.financials.years = [FinancialYear(year: 2026, revenue: Sourced(1e9, source: "x"), burn: Sourced(2e9, source: "x"))]
        let analysis = Analysis(scenario: scenario)
        // 0 − 2 = −2 in 2026: crossing at the start of 2026; 2026 − 2025.5 = 0.5 → below alert 1.5
        #expect(analysis.projection.cashRunsOut == 2026)
        #expect(analysis.value("funding.runway") == 0.5)
        #expect(analysis.level("funding.runway") == .alert)
    }
}
