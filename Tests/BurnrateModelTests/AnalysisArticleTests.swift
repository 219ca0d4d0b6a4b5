import Testing
@testable import BurnrateModel

@Suite struct AnalysisArticleTests {
    let analysis = Analysis(scenario: ArticleScenarioFixture.scenario)

    @Test func listsTheCatalogueThenOwnershipPerInvestor() {
        #expect(analysis.indicators.map(\.id) == IndicatorCatalogue.all.map(\.id) + [
            "ownership.amazon", "ownership.softbank", "ownership.nvidia", "ownership.microsoft",
        ])
    }

    @Test func roundCoverage() throws {
        let coverage = try #require(analysis.indicator("round.coverage"))
        // committed: Amazon 50 + SoftBank 30 + Nvidia 20 (Microsoft undisclosed, left out) = 100B;
        // 100 / target 100 = 1.0, not below watch 1.0 → ok (judged at the headlines).
        // As bounds: committed from 30 + 20 = 50B (nothing of Amazon's "up to") to 100B, over a
        // target of at least 100B: 50 / ∞ = 0 to 100 / 100 = 1.0, "≤ 1.00×"
        #expect(isClose(coverage.value, 1.0))
        #expect(coverage.level == .ok)
        #expect(coverage.bounds == Bounded(low: 0, high: 1))
        #expect(coverage.formula == "committed ÷ target = $50B–$100B ÷ at least $100B = ≤ 1.00×")
        #expect(coverage.inputs.map(\.label) == ["Amazon", "SoftBank", "Nvidia", "Microsoft", "Target"])
        #expect(coverage.inputs.map(\.value) == [50e9, 30e9, 20e9, nil, 100e9])
        #expect(coverage.inputs.allSatisfy { $0.source == "article" && $0.basis == .reported })
    }

    @Test func roundRealisationCountsOnlySignedOrFunded() throws {
        let realisation = try #require(analysis.indicator("round.realisation"))
        // every investor is only "reported": 0 / 100B = 0 < alert 0.25 → alert; 0 of 50–100 is 0 either way
        #expect(realisation.value == 0)
        #expect(realisation.level == .alert)
        #expect(realisation.bounds == nil)
        #expect(realisation.formula == "realised ÷ committed = $0 ÷ $50B–$100B = 0.0 %")
        #expect(realisation.inputs.first?.label == "Amazon: reported")
    }

    @Test func dilutionAndImpliedOwnership() throws {
        // 100B / post-money 850B = 0.117647 < watch 0.15 → ok
        #expect(isClose(analysis.value("round.dilution"), 0.117647))
        #expect(analysis.level("round.dilution") == .ok)
        // as bounds: 50B–100B over at least 850B: 50 / ∞ = 0 to 100 / 850 = 0.117647, "≤ 11.8 %"
        #expect(analysis.indicator("round.dilution")?.bounds == Bounded(low: 0, high: 100e9 / 850e9))
        #expect(analysis.indicator("round.dilution")?.formula == "committed ÷ post-money = $50B–$100B ÷ at least $850B = ≤ 11.8 %")
        // 50 / 850 = 0.0588235; 30 / 850 = 0.0352941; 20 / 850 = 0.0235294
        #expect(isClose(analysis.value("ownership.amazon"), 0.0588235))
        #expect(isClose(analysis.value("ownership.softbank"), 0.0352941))
        #expect(isClose(analysis.value("ownership.nvidia"), 0.0235294))
        let microsoft = try #require(analysis.indicator("ownership.microsoft"))
        #expect(microsoft.value == nil)
        #expect(microsoft.level == nil)   // a figure, not judged
        #expect(microsoft.threshold == nil)
        #expect(microsoft.unit == .fraction)
        #expect(microsoft.name == "Implied ownership: Microsoft")
        #expect(microsoft.formula == "Microsoft ÷ post-money = undisclosed ÷ at least $850B = n/a")
        #expect(microsoft.bounds == nil)   // undisclosed stays undisclosed, not 0
        #expect(microsoft.inputs.map(\.label) == ["Microsoft", "Post-money valuation"])
        #expect(microsoft.inputs.map(\.value) == [nil, 850e9])
    }

    @Test func investorConcentration() {
        // shares 50 %, 30 %, 20 % → 2500 + 900 + 400 = 3800; watch 2500 < 3800 ≤ alert 4000 → watch
        #expect(isClose(analysis.value("investors.hhi"), 3800))
        #expect(analysis.level("investors.hhi") == .watch)
        #expect(analysis.indicator("investors.hhi")?.formula
            == "Σ (100 × amount ÷ committed)² = 50.0² + 30.0² + 20.0² = 3,800")
    }

    @Test func supplierConcentrationAndLargestShare() {
        // shares 38/588, 250/588, 300/588 → 6.4626², 42.517², 51.020² → 41.77 + 1807.7 + 2603.1 = 4452.6 > 4000 → alert
        #expect(isClose(analysis.value("suppliers.hhi"), 4452.55, tolerance: 1e-4))
        #expect(analysis.level("suppliers.hhi") == .alert)
        #expect(analysis.indicator("suppliers.hhi")?.formula
            == "Σ (100 × provider value ÷ total)² = 6.5² + 42.5² + 51.0² = 4,453")
        // Oracle 300 / 588 = 0.510204 > alert 0.5 → alert
        #expect(isClose(analysis.value("suppliers.largest_share"), 0.510204))
        #expect(analysis.level("suppliers.largest_share") == .alert)
        #expect(analysis.indicator("suppliers.largest_share")?.formula
            == "largest ÷ total = Oracle $300B ÷ $588B = 51.0 %")
    }

    @Test func capacityIfLargestFailsListsContractsWithoutCapacity() throws {
        let capacity = try #require(analysis.indicator("suppliers.capacity_if_largest_fails"))
        // only Oracle states GW: 1 − 4.5 / 4.5 = 0 < alert 0.4 → alert
        #expect(capacity.value == 0)
        #expect(capacity.level == .alert)
        #expect(capacity.formula == "1 − largest ÷ total = 1 − Oracle 4.5 GW ÷ 4.5 GW = 0.0 %")
        #expect(capacity.inputs.map(\.value) == [nil, nil, 4.5])
        #expect(capacity.inputs.map(\.label)
            == ["aws (Amazon Web Services)", "azure (Microsoft Azure)", "oracle (Oracle)"])
    }

    @Test func commitmentsToRevenueUsesTheLastYearBeforeAsOf() throws {
        let multiple = try #require(analysis.indicator("commitments.revenue_multiple"))
        // (38 + 250 + 300) / revenue 2025 13.1 = 588 / 13.1 = 44.885 > alert 25 → alert
        #expect(isClose(multiple.value, 44.885496))
        #expect(multiple.level == .alert)
        #expect(multiple.formula == "commitments ÷ revenue 2025 = $588B ÷ $13.1B = 44.9×")
        #expect(multiple.inputs.last == IndicatorInput(label: "Revenue 2025", value: 13.1e9, unit: .money,
                                                       source: "facts", basis: .assumption))
    }

    @Test func fundingGapAndRunway() throws {
        // base case (firm + scheduled): cash 17.5 + 50 − 25 = 42.5 (2026), − 57 = −14.5, − 85 = −99.5,
        // − 51 = −150.5, − 51 = −201.5 (2030); with all 100B: 92.5, 35.5, −49.5, −100.5, −151.5
        let gap = try #require(analysis.indicator("funding.gap"))
        #expect(isClose(gap.value, 201.5e9))
        #expect(gap.level == .alert)
        #expect(gap.bounds == Bounded(low: 151.5e9, high: 201.5e9))
        #expect(gap.formula == "base case (firm + scheduled): lowest year-end cash 2026–2030 = -$201.5B (2030) → gap $201.5B; "
            + "all round money at its most: -$151.5B (2030), firm money only: -$201.5B (2030) → gap $151.5B–$201.5B")
        #expect(gap.inputs.map(\.label).contains("Burn 2030 (as 2029)"))
        // runs out in 2027: 42.5 / 57 = 0.745614 of the year → 2027.745614;
        // as of 2026-02-20 = 2026 + (1 + 19/28) / 12 = 2026.139881; 2027.745614 − 2026.139881 = 1.605733
        // < watch 3, ≥ alert 1.5 → watch. With all 100B: 2028 + 35.5 / 85 = 2028.417647 → 2.277766
        let runway = try #require(analysis.indicator("funding.runway"))
        #expect(isClose(runway.value, 1.605733))
        #expect(runway.level == .watch)
        #expect(isClose(runway.bounds?.low, 1.605733))
        #expect(isClose(runway.bounds?.high, 2.277766))
        #expect(runway.formula
            == "base case (firm + scheduled): cash runs out at 2027.75 (2027 starts with $42.5B, ends with -$14.5B) − as of 2026.14 = 1.6 years; "
            + "from firm money only to all round money at its most: 1.6–2.3 years")
    }

    @Test func circularFinancing() throws {
        // suppliers Amazon 50 + Nvidia 20 (+ Microsoft undisclosed) = 70 / 100 = 0.7 > alert 0.5 → alert;
        // with nothing of Amazon's "up to", 20 / (20 + 30) = 0.4
        let share = try #require(analysis.indicator("circular.share"))
        #expect(isClose(share.value, 0.7))
        #expect(share.level == .alert)
        #expect(share.formula
            == "from suppliers ÷ committed = (Amazon up to $50B + Nvidia $20B + Microsoft undisclosed) ÷ $50B–$100B = 40.0–70.0 %")
        // Each contract dollar once. aws 38 is paid to Amazon, azure 250 to Microsoft: counted
        // whole for them, Nvidia's 70 % of them is their spending, not the company's. oracle 300 is
        // paid to no investor: Nvidia's 70 % of it, 210, counts for Nvidia.
        // 38 + 210 + 250 = 498B ≤ 588B of contracts; 498 ÷ 588 = 84.7 %.
        // Gross, every flow: Amazon 38 + Nvidia 0.7 × 588 = 411.6 + Microsoft 250 = 699.6B,
        // 699.6 ÷ 588 = 119.0 %: more than all the contracts. No threshold → no level.
        let flowBack = try #require(analysis.indicator("circular.flow_back"))
        #expect(isClose(flowBack.value, 498e9))
        #expect(flowBack.level == nil)
        #expect(flowBack.threshold == nil)
        #expect(flowBack.formula == "each contract dollar once = Amazon $38B + Nvidia $210B + Microsoft $250B = $498B "
            + "= 84.7 % of contracts $588B; gross $699.6B = 119.0 %")
        #expect(analysis.circularFlows.map(\.investor) == ["Amazon", "Nvidia", "Microsoft"])
        #expect(analysis.circularFlows.map(\.flowsBack) == [38e9, 210e9, 250e9])
        #expect(isClose(analysis.circularFlows[1].grossFlowsBack, 411.6e9))
        let net = flowBack.inputs.filter { $0.label.hasSuffix("flows back, each dollar once") }
        #expect(net.map(\.label) == ["Amazon: flows back, each dollar once", "Nvidia: flows back, each dollar once",
                                     "Microsoft: flows back, each dollar once"])
        #expect(flowBack.inputs.contains(IndicatorInput(label: "Nvidia: share of other capacity spending", value: 0.7,
                                                        unit: .fraction, source: "facts", basis: .assumption)))
        let base = flowBack.inputs.first { $0.label == "All contract value, the base" }
        #expect(base?.value == 588e9)
        let grossShare = flowBack.inputs.first { $0.label == "Gross ÷ all contract value" }
        #expect(isClose(grossShare?.value, 1.189796))
    }

    @Test func nonCashShare() {
        // investors all cash: 0; Azure 250 × (0.25 share swap + 0.25 usage guarantee) = 125
        // 125 / (100 committed + 588 contracts) = 0.181686 < watch 0.2 → ok
        #expect(isClose(analysis.value("financing.non_cash_share"), 0.181686))
        #expect(analysis.level("financing.non_cash_share") == .ok)
        #expect(analysis.indicator("financing.non_cash_share")?.formula
            == "(non-cash round money + non-cash contract payments) ÷ (committed + contracts) = "
            + "($0 + $125B) ÷ ($100B + $588B) = 18.2 %")
    }

    @Test func infrastructureReadiness() throws {
        let readiness = try #require(analysis.indicator("infrastructure.readiness"))
        // Abilene 1.2 × (0.9+0.8+0.7)/3 = 0.96; Saline 1.4 × 0.5 = 0.70; Port Washington 0.9 × 0.4 = 0.36
        // 2.02 / 3.5 = 0.577143 < watch 0.7, ≥ alert 0.5 → watch
        #expect(isClose(readiness.value, 0.577143))
        #expect(readiness.level == .watch)
        #expect(readiness.inputs.count == 12)
        #expect(readiness.formula == "Σ GW × mean(power, cooling, network) ÷ Σ GW = 2.02 GW ÷ 3.5 GW = 57.7 %")
    }

    @Test func compositeRisk() throws {
        let composite = try #require(analysis.indicator("risk.composite"))
        // severity × weight: coverage 0 × 1, realisation 1 × 2, investors.hhi (3800−2500)/1500 = 0.866667 × 1,
        // suppliers.hhi 1 × 1, largest share 1 × 1, capacity if largest fails 1 × 1, revenue multiple 1 × 3,
        // funding gap 1 × 2, runway (1.605733 − 3)/(1.5 − 3) = 0.929511 × 2, circular share 1 × 2,
        // non-cash 0 × 1, readiness (0.577143 − 0.7)/(0.5 − 0.7) = 0.614286 × 2; dilution and flow back weigh 0
        // Σ w = 1+2+1+1+1+1+3+2+2+2+1+2 = 19
        // Σ w·s = 2 + 0.866667 + 1 + 1 + 1 + 3 + 2 + 1.859022 + 2 + 1.228571 = 15.954260
        // 100 × 15.954260 / 19 = 83.9698 > alert 50 → alert
        #expect(isClose(composite.value, 83.9698, tolerance: 1e-5))
        #expect(composite.level == .alert)
        #expect(composite.inputs.count == 12)
        #expect(isClose(composite.inputs.map { $0.value ?? 0 }.reduce(0, +), 83.9698, tolerance: 1e-5))
        #expect(composite.inputs[1].label == "Round realisation: weight 2, 100.0 % of the way to alert")
        #expect(composite.formula == "100 × Σ weight × severity ÷ Σ weight = 100 × 15.95 ÷ 19 = 84")
    }

    @Test func scenarioThresholdsAndWeightsOverrideTheDefaults() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.risk = RiskPolicy(thresholds: ["round.coverage": Threshold(watch: 1.5, alert: 1.1)],
                                   weights: ["commitments.revenue_multiple": 0])
        let analysis = Analysis(scenario: scenario)
        // 1.0 < alert 1.1 → alert
        #expect(analysis.level("round.coverage") == .alert)
        #expect(analysis.indicator("round.coverage")?.threshold == Threshold(watch: 1.5, alert: 1.1))
        // coverage now 1 × 1 instead of 0; revenue multiple drops out: Σ w = 19 − 3 = 16,
        // Σ w·s = 15.954260 + 1 − 3 = 13.954260; 100 × 13.954260 / 16 = 87.2141
        #expect(isClose(analysis.value("risk.composite"), 87.2141, tolerance: 1e-5))
    }

    @Test func investorPositionsKeepTheUndisclosedInvestor() throws {
        #expect(analysis.investors.map(\.id) == ["amazon", "softbank", "nvidia", "microsoft"])
        let amazon = analysis.investors[0]
        #expect(amazon.amount == .upTo(50e9))
        #expect(amazon.headline == 50e9)
        #expect(amazon.firm == 0)                       // nothing of an "up to" is certain
        #expect(amazon.shareOfRound == 0.5)             // 50 / 100
        #expect(isClose(amazon.impliedOwnership, 0.0588235))
        #expect(amazon.isSupplier)
        #expect(analysis.investors[1].isSupplier == false)
        let microsoft = analysis.investors[3]
        #expect(microsoft.amount == .undisclosed)
        #expect(microsoft.headline == nil)
        #expect(microsoft.shareOfRound == nil)
        #expect(microsoft.impliedOwnership == nil)
        #expect(microsoft.isSupplier)
    }

    @Test func capTableDilutesHoldersAndMergesInvestorsWhoAlreadyHold() {
        let rows = analysis.capTable
        #expect(rows.map(\.holder) == ["Microsoft", "SoftBank", "OpenAI Foundation", "Amazon", "Nvidia"])
        // kept: (850 − 100) / 850 = 0.882353
        #expect(rows[0].before == 0.27)
        #expect(rows[0].after == nil)                        // its new money is undisclosed
        #expect(isClose(rows[1].after, 0.132353))            // 0.11 × 0.882353 + 30/850 = 0.097059 + 0.035294
        #expect(isClose(rows[2].after, 0.229412))            // 0.26 × 0.882353
        #expect(rows[3].before == nil)
        #expect(isClose(rows[3].after, 0.0588235))           // 50 / 850
        #expect(isClose(rows[4].after, 0.0235294))           // 20 / 850
    }

    @Test func providersGroupContractsAndLinkInvestors() {
        let providers = analysis.providers
        #expect(providers.map(\.provider) == ["Amazon Web Services", "Microsoft Azure", "Oracle"])
        #expect(providers.map(\.value) == [38e9, 250e9, 300e9])
        #expect(isClose(providers[0].share, 0.0646259))      // 38 / 588
        #expect(isClose(providers[1].share, 0.4251701))      // 250 / 588
        #expect(providers.map(\.gigawatts) == [nil, nil, 4.5])
        #expect(providers.map(\.contractIDs) == [["aws"], ["azure"], ["oracle"]])
        #expect(providers.map(\.linkedInvestorID) == ["amazon", "microsoft", nil])
    }
}
