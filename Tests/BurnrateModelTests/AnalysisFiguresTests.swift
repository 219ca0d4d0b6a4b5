import Testing
@testable import BurnrateModel

/// The figures the panels, compare and the slides read from the analysis rather than work out
/// from the scenario themselves, worked by hand on the article's scenario and the tranche one.
@Suite struct AnalysisFiguresTests {
    let article = Analysis(scenario: ArticleScenarioFixture.scenario)
    let tranches = Analysis(scenario: AnalysisTrancheScenarioTests.scenario)

    @Test func theYearJudgedIndicatorsAreEveryIndicatorButOwnershipAndWhatDoesNotApply() {
        // the risk panel lists these as they are, without looking for ownership among them; the
        // article's scenario states no debt and no customers
        let catalogue = IndicatorCatalogue.all.map(\.id)
        let judged = catalogue.filter { !AnalysisEdgeCaseTests.debtAndCustomerIDs.contains($0) }
        #expect(article.judgedIndicators(inYear: nil).map(\.id) == judged)
        #expect(article.judgedIndicators(inYear: 2028).map(\.id) == judged)
        #expect(article.indicators.map(\.id).filter { !$0.hasPrefix(IndicatorCatalogue.ownershipPrefix) } == catalogue)
    }

    @Test func committedHeadlineAddsUpTheDisclosedHeadlines() {
        // Amazon up to 50 + SoftBank 30 + Nvidia 20; Microsoft undisclosed counts nothing
        #expect(article.committedHeadline == 100e9)
        // Alpha 6 + Beta 4 + Gamma 2
        #expect(tranches.committedHeadline == 12e9)
    }

    @Test func contractTotalAddsUpTheDisclosedContractValues() {
        // aws 38 + azure 250 + oracle 300
        #expect(article.contractTotal == 588e9)
        // cloudco 8 + cloudco-2 2; chipco undisclosed
        #expect(tranches.contractTotal == 10e9)
        // the revenue multiple's trend divides the same total: 588 ÷ 30 (2026's revenue) = 19.6
        #expect(isClose(article.trend(of: IndicatorCatalogue.commitmentsToRevenue.id).first ?? nil, 19.6))
    }

    @Test func providersSplitTheirValueIntoCashAndNonCash() {
        let byName = Dictionary(uniqueKeysWithValues: article.providers.map { ($0.provider, $0) })
        // Azure 250: half cash; a quarter share swap and a quarter usage guarantee are not
        #expect(byName["Microsoft Azure"]?.cashValue == 125e9)
        #expect(byName["Microsoft Azure"]?.nonCashValue == 125e9)
        // no payment terms: all cash
        #expect(byName["Oracle"]?.cashValue == 300e9)
        #expect(byName["Oracle"]?.nonCashValue == 0)
        // CloudCo: cloudco 8 in cash, cloudco-2 2 all prepaid; ChipCo's value is undisclosed
        #expect(tranches.providers.map(\.provider) == ["CloudCo", "ChipCo"])
        #expect(tranches.providers.map(\.cashValue) == [8e9, 0])
        #expect(tranches.providers.map(\.nonCashValue) == [2e9, 0])
    }

    @Test func aScenarioNamesItsProvidersInTheAnalysisOrder() {
        #expect(ArticleScenarioFixture.scenario.providerNames == ["Amazon Web Services", "Microsoft Azure", "Oracle"])
        // CloudCo's second contract comes after ChipCo's: CloudCo is named once, first
        #expect(AnalysisTrancheScenarioTests.scenario.providerNames == ["CloudCo", "ChipCo"])
        #expect(AnalysisTrancheScenarioTests.scenario.providerNames == tranches.providers.map(\.provider))
    }

    @Test func contractsSayWhatShareIsPaidOtherThanInCash() {
        let contracts = ArticleScenarioFixture.scenario.contracts
        // azure: cash 0.5 is left out, share swap 0.25 + usage guarantee 0.25
        #expect(contracts.map(\.nonCashShare) == [0, 0.5, 0])
    }

    @Test func investorsSplitTheirCommitmentTrancheByTranche() {
        let parts = Dictionary(uniqueKeysWithValues: tranches.investors.map { ($0.id, $0.parts) })
        // Alpha: 2 in cash, funded; 3 prepaid; 1 on the condition of an IPO
        #expect(parts["alpha"] == [CommitmentPart(value: 2e9, kind: .firm), CommitmentPart(value: 3e9, kind: .nonCash),
                                   CommitmentPart(value: 1e9, kind: .conditional)])
        // Beta has no tranches: its exact 4 is all firm, in a share swap
        #expect(parts["beta"] == [CommitmentPart(value: 4e9, kind: .nonCash)])
        #expect(parts["gamma"] == [CommitmentPart(value: 2e9, kind: .conditional)])
        // 2 + 3 certain, the condition is not
        #expect(CommitmentPart.certain(parts["alpha"] ?? []) == 5e9)
    }

    @Test func investorsWithoutTranchesSplitIntoFirmAndUpTo() {
        let parts = Dictionary(uniqueKeysWithValues: article.investors.map { ($0.id, $0.parts) })
        // "up to 50": nothing of it is firm
        #expect(parts["amazon"] == [CommitmentPart(value: 50e9, kind: .upTo)])
        #expect(parts["softbank"] == [CommitmentPart(value: 30e9, kind: .firm)])
        // undisclosed: no parts at all rather than a part of nothing
        #expect(parts["microsoft"] == [])
    }

    @Test func circularFlowsCarryTheRoundMoneyAsStated() {
        #expect(article.circularFlows.map(\.investorID) == ["amazon", "nvidia", "microsoft"])
        #expect(article.circularFlows.map(\.amount) == [.upTo(50e9), .exact(20e9), .undisclosed])
    }

    @Test func capTableRowsNameTheInvestorTheyMergeWith() {
        // the holders first (Microsoft and SoftBank also invest), then the newcomers
        #expect(article.capTable.map(\.holder) == ["Microsoft", "SoftBank", "OpenAI Foundation", "Amazon", "Nvidia"])
        #expect(article.capTable.map(\.investorID) == ["microsoft", "softbank", nil, "amazon", "nvidia"])
        // matched ignoring case: the holder "BETA" is the investor Beta
        #expect(tranches.capTable.map(\.investorID) == [nil, "beta", "alpha", "gamma"])
    }

    @Test func sitesAreJudgedByTheReadinessThresholds() {
        // Abilene (0.9 + 0.8 + 0.7) ÷ 3 = 0.8 ≥ watch 0.7: ok; Saline (0.5 + 0.6 + 0.4) ÷ 3 = 0.5,
        // below watch, not below alert 0.5: watch; Port Washington (0.3 + 0.3 + 0.6) ÷ 3 = 0.4: alert
        #expect(article.sites.map(\.site.id) == ["abilene", "saline", "port-washington"])
        #expect(zip(article.sites.map(\.readiness), [0.8, 0.5, 0.4]).allSatisfy { isClose($0, $1) })
        #expect(article.sites.map(\.level) == [.ok, .watch, .alert])
    }

    @Test func sitesFollowTheScenarioOwnReadinessThresholds() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.risk.thresholds[IndicatorCatalogue.readiness.id] = Threshold(watch: 0.85, alert: 0.45)
        // 0.8 < 0.85: watch; 0.5 < 0.85: watch; 0.4 < 0.45: alert
        #expect(Analysis(scenario: scenario).sites.map(\.level) == [.watch, .watch, .alert])
    }
}
