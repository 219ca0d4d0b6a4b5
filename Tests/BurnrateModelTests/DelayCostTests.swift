import Testing
@testable import BurnrateModel

/// Delays cost money: a contract delay moves its payments, a delay of capacity moves the revenue
/// it earns (`revenue_per_gw`), and the two net out in each year's burn (`DelayCost`).
@Suite struct DelayCostTests {
    static func article() throws -> Scenario { try BuiltInScenarioTests.load("openai-2026-02") }

    /// `delay.oracle` names the 4.5 GW `oracle` contract: it moves that contract's start and its
    /// five sites, not Abilene (its own arrangement, `stargate-abilene`). GW-years online by year
    /// (a site online from 2027-06 has 7 of 2027's 12 months): expansion 0.6 and Shackelford 1.0
    /// from 2027-06, Doña Ana 1.0 from 2027-12, Saline 1.0 and Port Washington 0.9 from 2028.
    /// Planned: 2027 (0.6 + 1.0) × 7/12 + 1.0 × 1/12 = 0.933333 + 0.083333 = 1.016667; 2028 on
    /// 4.5. A year late: 2027 0, 2028 1.016667, 2029 on 4.5. Moved: 2027 −1.016667, 2028
    /// −3.483333 (4.5 GW-years in all: each site loses one year).
    @Test func oracleAYearLateMovesPaymentsAndRevenue() throws {
        let scenario = try Self.article()
        let late = WhatIf(delayMonths: ["oracle": 12]).apply(to: scenario)
        #expect(late.contract(id: "stargate-abilene")?.start == scenario.contract(id: "stargate-abilene")?.start)
        #expect(late.sites.first { $0.id == "abilene" }?.online == scenario.sites.first { $0.id == "abilene" }?.online)
        let costs = late.financials.delayCosts
        #expect(costs.map(\.year) == [2027, 2028])
        // 300B over 5 years from 2027 is 60 a year, 2027–2031; a year late, 2028–2032: 2027 loses
        // 60, 2028–2030 pay the same, and 2031's 60 moves past the horizon.
        #expect(costs.map(\.payments).enumerated().allSatisfy { isClose($1, [-60e9, 0][$0]) })
        #expect(costs.map(\.gigawattYears).enumerated().allSatisfy { isClose($1, [-1.016667, -3.483333][$0]) })
        // × 10.5B a GW-year: −10.675, −36.575 (47.25 in all, not made up later)
        #expect(costs.map(\.revenue).enumerated().allSatisfy { isClose($1, [-10.675e9, -36.575e9][$0]) })
        // burn: − 60 + 10.675 = − 49.325; + 36.575
        #expect(costs.map(\.burn).enumerated().allSatisfy { isClose($1, [-49.325e9, 36.575e9][$0]) })
        // revenue 52 − 10.675 = 41.325 and 92 − 36.575 = 55.425; burn 57 − 49.325 = 7.675 and
        // 85 + 36.575 = 121.575. The changed figures cite the what-if; 2026 and 2029 are untouched.
        let years = late.financials.years
        #expect(years.map(\.revenue.value).enumerated().allSatisfy {
            isClose($1, [13.1e9, 30e9, 41.325e9, 55.425e9, 160e9, 280e9][$0])
        })
        #expect(years.map(\.burn.value).enumerated().allSatisfy {
            isClose($1, [8e9, 25e9, 7.675e9, 121.575e9, 51e9, -39e9][$0])
        })
        #expect(years[2].burn.source == WhatIf.sourceID && years[3].revenue.source == WhatIf.sourceID)
        #expect(years[1].burn.source == "info-forecast" && years[4].burn.source == "info-forecast")
    }

    /// A cost in a year the scenario gives no figures for is not counted again in the unlisted
    /// years after it. The article's scenario without its 2027–2029 figures: 2026's (revenue 30,
    /// burn 25) stand for them. Oracle a year late: 2027 burns 25 − 60 + 10.675 = −24.325 and
    /// 2028 25 + 30 = 55 (its 36.575 of lost revenue held at the year's 30); 2029 burns 2026's
    /// 25, as without the delay (standing on 2028's written figures, it burnt 55, the delay's
    /// cost a second time).
    @Test func aCostInAnUnlistedYearCountsOnlyThere() throws {
        var scenario = try Self.article()
        scenario.financials.years.removeAll { (2027...2029).contains($0.year) }
        let late = WhatIf(delayMonths: ["oracle": 12]).apply(to: scenario)
        let burns = Dictionary(uniqueKeysWithValues: late.financials.years.map { ($0.year, $0.burn.value) })
        #expect(late.financials.years.map(\.year) == [2025, 2026, 2027, 2028, 2029, 2030])
        // revenue 30 − 10.675 = 19.325 (2027), 30 − 36.575 < 0 (2028): the loss is held at the year's revenue
        #expect(isClose(burns[2027] ?? 0, 25e9 - 60e9 + 10.675e9))
        #expect(isClose(burns[2028] ?? 0, 25e9 + 30e9))
        #expect(burns[2029] == 25e9)
        #expect(late.financials.years.first { $0.year == 2029 }?.burn.source == "info-forecast")
    }

    /// Does "Oracle a year late" raise the composite? No: it lowers it, from 88.5 to 84.5. In the
    /// base case cash runs out inside 2027 (38.5 at its start, 57 burnt), the very year the delay
    /// takes Oracle's first $60B payment out of while losing only $10.675B of revenue: 2027 burns
    /// 7.675 and cash lasts into 2028, where the $36.575B of revenue lost takes it below zero.
    /// The runway lengthens (1.54 → 2.11 years); the gap shrinks (154.5 → 141.75: 47.25 of
    /// revenue lost, 60 of payments pushed past 2030) but is past alert ($50B) either way, so only
    /// the runway's severity moves the score. A delay costs revenue that is never made up, but
    /// within the horizon it also defers more money than that.
    @Test func oracleAYearLateMovesCashGapRunwayAndTheComposite() throws {
        let scenario = try Self.article()
        let before = Analysis(scenario: scenario)
        let after = Analysis(scenario: WhatIf(delayMonths: ["oracle": 12]).apply(to: scenario))
        // Before (BuiltInScenarioTests.cashOfTheArticleScenario): 38.5, −18.5, −103.5, −154.5, −115.5.
        // After: cash at as-of 10.002976 (nothing before 2027 moves); 2026: + 50 − 21.502976 (the
        // months after as-of) = 38.5; 2027: − 7.675 = 30.825; 2028: − 121.575 = −90.75;
        // 2029: − 51 = −141.75; 2030: + 39 = −102.75 (−115.5 − 47.25 + 60)
        #expect(isClose(after.projection.startingCash, before.projection.startingCash))
        let expected = [38.5e9, 30.825e9, -90.75e9, -141.75e9, -102.75e9]
        for (year, cash) in zip(after.projection.years, expected) {
            #expect(isClose(year.cash, cash), "\(year.year)")
            // all of the round: Amazon's 50 more from 2026 on
            #expect(isClose(year.cashBounds?.high, cash + 50e9), "\(year.year)")
        }
        // Obligations due in 2027: AWS 5.428571 + Azure 41.666667, Oracle's 60 moved to 2032
        #expect(isClose(after.projection.years[1].obligationsDue, 47.095238e9))
        // gap 154.5 → 141.75 (2029), with all of the round 104.5 → 91.75
        #expect(isClose(before.value("funding.gap"), 154.5e9))
        #expect(isClose(after.value("funding.gap"), 141.75e9))
        #expect(isClose(after.indicator("funding.gap")?.bounds?.low, 91.75e9))
        // runway: cash runs out in 2028, not 2027: 2028 + 30.825 ÷ 121.575 = 2028.253547
        // − 2026.139881 = 2.113666 (was 1.535558); with all of the round, 2028 + 80.825 ÷ 121.575
        // = 2028.664816 → 2.524935 (was 2.230707)
        #expect(isClose(before.value("funding.runway"), 1.535558))
        #expect(isClose(after.value("funding.runway"), 2.113666))
        #expect(isClose(after.indicator("funding.runway")?.bounds?.high, 2.524935))
        // composite: only the runway's severity moves: 2 × (3 − 2.113666) ÷ 1.5 = 2 × 0.590889
        // = 1.181778 for 2 × 0.976295 = 1.952590: Σ 16.819257 − 1.952590 + 1.181778 = 16.048445;
        // 100 × 16.048445 ÷ 19 = 84.4655 (was 88.5224): 4.06 points lower
        #expect(isClose(before.value("risk.composite"), 88.5224, tolerance: 1e-5))
        #expect(isClose(after.value("risk.composite"), 84.4655, tolerance: 1e-5))
    }

    @Test func powerAYearLateCostsRevenueAndNoPayments() throws {
        let scenario = try Self.article()
        let late = StressPreset.powerLate.whatIf(for: scenario).apply(to: scenario)
        let analysis = Analysis(scenario: late)
        // Sites move, contracts do not: no payment moved. Every site is a year late, Abilene
        // (1.2 GW from 2026-06) too: 2026 loses its 1.2 × 7/12 = 0.7 GW-years, 2027 its other
        // 1.2 × 5/12 = 0.5 beside Oracle's 1.016667 = 1.516667, 2028 Oracle's 3.483333 (SoftBank's
        // Lordstown and Milam serve no contract and earn nothing). × 10.5: −7.35, −15.925, −36.575.
        #expect(late.financials.delayCosts.allSatisfy { $0.payments == 0 })
        #expect(late.financials.delayCosts.map(\.year) == [2026, 2027, 2028])
        #expect(late.financials.delayCosts.map(\.revenue).enumerated().allSatisfy {
            isClose($1, [-7.35e9, -15.925e9, -36.575e9][$0])
        })
        // 38.5 − 7.35 = 31.15 (the delay falls after as-of whole); − (57 + 15.925) = −41.775;
        // − (85 + 36.575) = −163.35; − 51 = −214.35; + 39 = −175.35
        let expected = [31.15e9, -41.775e9, -163.35e9, -214.35e9, -175.35e9]
        for (year, cash) in zip(analysis.projection.years, expected) {
            #expect(isClose(year.cash, cash), "\(year.year)")
        }
        // gap 154.5 + 59.85 (5.7 GW-years × 10.5) = 214.35; runway 2027 + 31.15 ÷ (31.15 + 41.775)
        // = 2027.427151 − 2026.139881 = 1.287270, past alert (1.5): severity 1 for 0.976295:
        // Σ 16.819257 − 1.952590 + 2 = 16.866667 → 100 × 16.866667 ÷ 19 = 88.7719
        #expect(isClose(analysis.value("funding.gap"), 214.35e9))
        #expect(isClose(analysis.value("funding.runway"), 1.287270))
        #expect(isClose(analysis.value("risk.composite"), 88.7719, tolerance: 1e-5))
    }

    /// One contract of 10B for a year from 2027, 1 GW, no sites, at 10B a GW-year: a year late,
    /// 2027 pays 10 less and earns 10 less (its burn nets to the same), 2028 pays the 10 and
    /// earns what it would have anyway. What the delay costs is 2027's revenue, from 2028 on.
    @Test func deferredPaymentsAndDeferredRevenueNetOutYearByYear() {
        var scenario = ArticleScenarioFixture.scenario
        scenario.contracts = [CapacityContract(
            id: "c", provider: "C", kind: .cloud, value: Sourced(.exact(10e9), source: "facts"),
            termYears: Sourced(1, source: "facts"), start: Sourced(Day(year: 2027), source: "facts"),
            capacityGW: Sourced(1, source: "facts"), status: .signed)]
        scenario.sites = []
        scenario.round.investors = scenario.round.investors.map {
            var investor = $0
            investor.supplier = nil
            return investor
        }
        scenario.financials.revenuePerGW = Sourced(10e9, source: "facts")
        let late = WhatIf(delayMonths: ["c": 12]).apply(to: scenario)
        #expect(late.financials.delayCosts == [
            DelayCost(year: 2027, payments: -10e9, gigawattYears: -1, revenue: -10e9),
            DelayCost(year: 2028, payments: 10e9, gigawattYears: 0, revenue: 0),
        ])
        let before = Projection(scenario: scenario).years.compactMap(\.cash)
        let after = Projection(scenario: late).years.compactMap(\.cash)
        let change = zip(after, before).map { $0 - $1 }
        #expect(change.enumerated().allSatisfy { isClose($1, [0, 0, -10e9, -10e9, -10e9][$0]) })
        // Without revenue per GW, revenue does not follow capacity: only the payment moves, and
        // 2027 is 10 better until 2028 pays it.
        scenario.financials.revenuePerGW = nil
        let paymentsOnly = Projection(scenario: WhatIf(delayMonths: ["c": 12]).apply(to: scenario)).years.compactMap(\.cash)
        let moved = zip(paymentsOnly, Projection(scenario: scenario).years.compactMap(\.cash)).map { $0 - $1 }
        #expect(moved.enumerated().allSatisfy { isClose($1, [0, 10e9, 0, 0, 0][$0]) })
    }

    @Test func aContractsNonCashShareMovesNoCash() throws {
        let scenario = try Self.article()
        let late = WhatIf(delayMonths: ["azure": 12]).apply(to: scenario)
        // Azure 250 over 6 years from 2025-11, 41.666667 a year; from 2026-11, 2026 pays only
        // 2/12 of that, 6.944444: 34.722222 moves out, half of it in cash (25 % share swap, 25 %
        // usage guarantee): 17.361111
        #expect(isClose(late.financials.delayCosts.first { $0.year == 2026 }?.payments, -17.361111e9))
    }

    @Test func aDelayedWhatIfSavesItsChangedFiguresNotItsCosts() throws {
        let scenario = try Self.article()
        let late = WhatIf(delayMonths: ["oracle": 12]).apply(to: scenario)
        let loaded = try ScenarioLoader.load(text: try ScenarioWriter.checkedYAML(late), file: "late.yaml")
        #expect(loaded == late.asWritten)
        #expect(loaded.financials.delayCosts.isEmpty && loaded.financials.years == late.financials.years)
    }
}
