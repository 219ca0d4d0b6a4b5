import Testing
@testable import BurnrateModel

/// Delays cost money: a contract delay moves its payments, a delay of capacity moves the revenue
/// it earns (`revenue_per_gw`), and the two net out in each year's burn (`DelayCost`).
@Suite struct DelayCostTests {
    static func article() throws -> Scenario { try BuiltInScenarioTests.load("openai-2026-02") }

    /// Oracle's sites in openai-2026-02, GW-years online by year (a site online from 2026-06 has
    /// 7 of 2026's 12 months): Abilene 1.2 from 2026-06, expansion 0.6 and Shackelford 1.5 from
    /// 2027-06, Doña Ana 1.5 from 2027-12, Saline 1.0 and Port Washington 0.9 from 2028.
    /// Planned: 2026 1.2 × 7/12 = 0.7; 2027 1.2 + (0.6 + 1.5) × 7/12 + 1.5 × 1/12 = 2.55;
    /// 2028 on 6.7. A year late: 2026 0, 2027 0.7, 2028 2.55, 2029 on 6.7. Moved: −0.7, −1.85, −4.15.
    @Test func oracleAYearLateMovesPaymentsAndRevenue() throws {
        let scenario = try Self.article()
        let late = WhatIf(delayMonths: ["oracle": 12]).apply(to: scenario)
        let costs = late.financials.delayCosts
        #expect(costs.map(\.year) == [2026, 2027, 2028])
        // 300B over 5 years from 2027 is 60 a year, 2027–2031; a year late, 2028–2032: 2027 loses
        // 60, 2028–2030 pay the same, and 2031's 60 moves past the horizon.
        #expect(costs.map(\.payments).enumerated().allSatisfy { isClose($1, [0, -60e9, 0][$0]) })
        #expect(costs.map(\.gigawattYears).enumerated().allSatisfy { isClose($1, [-0.7, -1.85, -4.15][$0]) })
        // × 10.5B a GW-year: −7.35, −19.425, −43.575 (70.35 in all, not made up later)
        #expect(costs.map(\.revenue).enumerated().allSatisfy { isClose($1, [-7.35e9, -19.425e9, -43.575e9][$0]) })
        // burn: + 7.35; − 60 + 19.425 = − 40.575; + 43.575
        #expect(costs.map(\.burn).enumerated().allSatisfy { isClose($1, [7.35e9, -40.575e9, 43.575e9][$0]) })
        // the changed figures cite the what-if; 2029 is untouched
        let years = late.financials.years
        #expect(years.map(\.revenue.value).enumerated().allSatisfy {
            isClose($1, [13.1e9, 22.65e9, 32.575e9, 48.425e9, 160e9, 280e9][$0])
        })
        #expect(years.map(\.burn.value).enumerated().allSatisfy {
            isClose($1, [8e9, 32.35e9, 16.425e9, 128.575e9, 51e9, -39e9][$0])
        })
        #expect(years[2].burn.source == WhatIf.sourceID && years[4].burn.source == "info-forecast")
    }

    @Test func oracleAYearLateMovesCashGapRunwayAndTheComposite() throws {
        let scenario = try Self.article()
        let before = Analysis(scenario: scenario)
        let after = Analysis(scenario: WhatIf(delayMonths: ["oracle": 12]).apply(to: scenario))
        // Before (BuiltInScenarioTests.cashOfTheArticleScenario): 88.5, 31.5, −53.5, −104.5, −65.5.
        // After: cash at as-of 10.002976 (nothing before it moves); 2026: + 100 − 21.502976 (the
        // months after as-of) − 7.35 (the delay, all after as-of) = 81.15; 2027: − (57 − 40.575)
        // = 64.725; 2028: − (85 + 43.575) = −63.85; 2029: − 51 = −114.85; 2030: + 39 = −75.85.
        #expect(isClose(after.projection.startingCash, before.projection.startingCash))
        let expected = [81.15e9, 64.725e9, -63.85e9, -114.85e9, -75.85e9]
        for (year, cash) in zip(after.projection.years, expected) {
            #expect(isClose(year.cash, cash), "\(year.year)")
        }
        // Obligations due in 2027: AWS 5.428571 + Azure 41.666667, Oracle's 60 moved to 2032
        #expect(isClose(after.projection.years[1].obligationsDue, 47.095238e9))
        // gap 104.5 → 114.85: + 70.35 of revenue lost − 60 of payments moved past 2030 = + 10.35
        #expect(isClose(before.value("funding.gap"), 104.5e9))
        #expect(isClose(after.value("funding.gap"), 114.85e9))
        // runway: 2028 + 64.725 ÷ 128.575 = 2028.503403 − 2026.139881 = 2.363522 (was 2.230707):
        // 2027's payment moved out buys time before the lost revenue tells
        #expect(isClose(after.value("funding.runway"), 2.363522))
        // composite: only the runway's severity moves (the gap is past alert either way):
        // 2 × (3 − 2.363522) ÷ 1.5 = 0.848637 for 1.025724: Σ 15.892391 − 1.025724 + 0.848637 =
        // 15.715304; 100 × 15.715304 ÷ 19 = 82.7121 (was 83.6442)
        #expect(isClose(before.value("risk.composite"), 83.6442, tolerance: 1e-5))
        #expect(isClose(after.value("risk.composite"), 82.7121, tolerance: 1e-5))
    }

    @Test func powerAYearLateCostsRevenueAndNoPayments() throws {
        let scenario = try Self.article()
        let late = StressPreset.powerLate.whatIf(for: scenario).apply(to: scenario)
        let analysis = Analysis(scenario: late)
        // Sites move, contracts do not: the same revenue lost as above, no payment moved.
        #expect(late.financials.delayCosts.allSatisfy { $0.payments == 0 })
        // 81.15; − (57 + 19.425) = 4.725; − 128.575 = −123.85; − 51 = −174.85; + 39 = −135.85
        let expected = [81.15e9, 4.725e9, -123.85e9, -174.85e9, -135.85e9]
        for (year, cash) in zip(analysis.projection.years, expected) {
            #expect(isClose(year.cash, cash), "\(year.year)")
        }
        // gap 104.5 + 70.35 = 174.85; runway 2028 + 4.725 ÷ 128.575 − 2026.139881 = 1.896868;
        // composite Σ 15.892391 − 1.025724 + 2 × (3 − 1.896868) ÷ 1.5 = 16.337510 → 85.9869
        #expect(isClose(analysis.value("funding.gap"), 174.85e9))
        #expect(isClose(analysis.value("funding.runway"), 1.896868))
        #expect(isClose(analysis.value("risk.composite"), 85.9869, tolerance: 1e-5))
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
