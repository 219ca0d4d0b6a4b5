import Testing
@testable import BurnrateModel

@Suite struct ProjectionTests {
    let scenario = ArticleScenarioFixture.scenario
    var projection: Projection { Projection(scenario: scenario) }

    @Test func coversTheHorizon() {
        #expect(projection.years.map(\.year) == [2026, 2027, 2028, 2029, 2030])
        // cash at the end of 2025, less 2026's burn to the as-of date: 17.5 − 25 × (1 + 19/28) ÷ 12
        #expect(isClose(projection.startingCash, 14.002976e9))
    }

    /// A horizon that starts after the as-of year: the months between burn before its first year.
    @Test func aHorizonAfterTheAsOfYearStartsFromTheCashAtItsStart() {
        var later = scenario
        later.horizon = Horizon(start: 2027, end: 2030)
        let projection = Projection(scenario: later)
        // cash at the end of 2025: 2026 burns 25 whole before the horizon: 17.5 − 25 = −7.5 at its start;
        // 2027: + 50 (the base case's SoftBank 30 + Nvidia 20; round money dated before the horizon
        // comes in its first year) − 57 = −14.5; − 85 = −99.5; − 51 = −150.5; 2030 as 2029: − 51 = −201.5
        #expect(projection.openingCash == -7.5e9)
        let expected = [-14.5e9, -99.5e9, -150.5e9, -201.5e9]
        #expect(projection.years.count == expected.count)
        #expect(zip(projection.years.compactMap(\.cash), expected).allSatisfy { isClose($0, $1) })
        // Cash is below zero when the horizon starts: it has run out by 2027 itself.
        #expect(projection.cashRunsOut == 2027)
        // With Amazon's 50 too: −7.5 + 100 − 57 = 35.5, then −49.5: 2028 + 35.5 ÷ 85 = 2028.417647
        #expect(isClose(projection.runsOut { $0.cashBounds?.high }, 2028.417647))
        // at the as-of date it was 17.5 − 25 × 1.678571 ÷ 12 = 14.002976
        #expect(isClose(projection.startingCash, 14.002976e9))
    }

    @Test func revenueAndBurnFallBackToTheNearestEarlierYear() {
        #expect(projection.years.map(\.revenue) == [30e9, 50e9, 80e9, 130e9, 130e9])   // 2030 as 2029
        #expect(projection.years.map(\.burn) == [25e9, 57e9, 85e9, 51e9, 51e9])
    }

    @Test func roundMoneyArrivesInTheAsOfYearWithoutARoundDate() {
        // no round date → as-of year 2026. The base case (firm + scheduled) counts SoftBank 30 +
        // Nvidia 20 = 50B, nothing of Amazon's "up to 50B"; at most 50 + 30 + 20 = 100B
        // (Microsoft undisclosed in neither)
        #expect(projection.years.map(\.inflows) == [50e9, 0, 0, 0, 0])
        #expect(projection.years.map(\.inflowBounds) == [Bounded(low: 50e9, high: 100e9)] + Array(repeating: .zero, count: 4))
    }

    @Test func cashYearByYear() {
        // 17.5 + 50 − 25 = 42.5; 42.5 − 57 = −14.5; −14.5 − 85 = −99.5; −99.5 − 51 = −150.5; −150.5 − 51 = −201.5
        let expected = [42.5e9, -14.5e9, -99.5e9, -150.5e9, -201.5e9]
        for (year, cash) in zip(projection.years, expected) {
            #expect(isClose(year.cash, cash), "\(year.year)")
            // with all 100B: 50B more every year from 2026 on; firm money only is the base case here
            #expect(isClose(year.cashBounds?.low, cash), "\(year.year)")
            #expect(isClose(year.cashBounds?.high, cash + 50e9), "\(year.year)")
        }
        // crossing inside 2027: 42.5 / (42.5 + 14.5) = 0.745614
        #expect(isClose(projection.cashRunsOut, 2027.745614))
        // with all 100B, inside 2028: 35.5 / (35.5 + 49.5) = 0.417647
        #expect(isClose(projection.runsOut { $0.cashBounds?.high }, 2028.417647))
    }

    @Test func aNegativeBurnAddsCash() {
        var generating = scenario
        generating.financials.years.append(ArticleScenarioFixture.year(2030, revenue: 280e9, burn: -39e9))
        let projection = Projection(scenario: generating)
        // as cashYearByYear to 2029 (−150.5); 2030 generates 39: −150.5 + 39 = −111.5
        #expect(projection.years.last?.burn == -39e9)
        #expect(isClose(projection.years.last?.cash, -111.5e9))
        // still first below zero inside 2027
        #expect(isClose(projection.cashRunsOut, 2027.745614))
    }

    @Test func obligationsAreProratedByCalendarYear() {
        // AWS 38 / 7 = 5.428571 a year from 2025-11-01 (2025.833333);
        // in 2025 only 2026 − 2025.833333 = 0.166667 of a year: 38 × 0.166667 / 7 = 0.904762
        let aws = scenario.contracts[0]
        #expect(isClose(Projection.obligation(of: aws, in: 2025, scenario: scenario), 0.904762e9))
        #expect(isClose(Projection.obligation(of: aws, in: 2026, scenario: scenario), 5.428571e9))
        // ends 2032.833333: 2032 gets 0.833333 × 5.428571 = 4.523810, 2033 nothing
        #expect(isClose(Projection.obligation(of: aws, in: 2032, scenario: scenario), 4.523810e9))
        #expect(Projection.obligation(of: aws, in: 2033, scenario: scenario) == 0)
        // Oracle 300 / 5 = 60 a year from 2027: nothing in 2026
        let oracle = scenario.contracts[2]
        #expect(Projection.obligation(of: oracle, in: 2026, scenario: scenario) == 0)
        #expect(isClose(Projection.obligation(of: oracle, in: 2027, scenario: scenario), 60e9))
        // 2026: AWS 5.428571 + Azure 250/6 = 41.666667 → 47.095238; from 2027 plus Oracle 60 → 107.095238
        let expected = [47.095238e9, 107.095238e9, 107.095238e9, 107.095238e9, 107.095238e9]
        for (year, obligations) in zip(projection.years, expected) {
            #expect(isClose(year.obligationsDue, obligations), "\(year.year)")
        }
    }

    @Test func obligationsAreNotSubtractedFromCash() {
        // 2026: 17.5 + 50 − 25 = 42.5, whatever the 47.1B due that year
        #expect(isClose(projection.years[0].cash, 42.5e9))
    }

    @Test func capacityComesOnlineSiteBySite() {
        // Oracle's sites: Abilene 1.2 GW (2026-06), Saline 1.4 (2027-09), Port Washington 0.9 (2028-03);
        // AWS and Azure state no capacity and serve no site: unknown, not zero
        let oracle = projection.years.map { $0.capacityOnlineGW[2].gigawatts }
        #expect(zip(oracle, [1.2, 2.6, 3.5, 3.5, 3.5]).allSatisfy { isClose($0, $1) })
        #expect(projection.years[0].capacityOnlineGW.map(\.provider) == ["Amazon Web Services", "Microsoft Azure", "Oracle"])
        #expect(projection.years[0].capacityOnlineGW[0].gigawatts == nil)
        #expect(projection.years[0].capacityOnlineGW[1].gigawatts == nil)
        #expect(isClose(projection.years[4].totalCapacityOnlineGW, 3.5))
    }

    @Test func contractCapacityWithoutSitesCountsFromItsStartYear() {
        var scenario = scenario
        scenario.sites = []
        let projection = Projection(scenario: scenario)
        // Oracle 4.5 GW from its start in 2027
        #expect(projection.years.map { $0.capacityOnlineGW[2].gigawatts } == [0, 4.5, 4.5, 4.5, 4.5])
    }

    @Test func trends() {
        let analysis = Analysis(scenario: scenario)
        // 588 / 30 = 19.6; / 50 = 11.76; / 80 = 7.35; / 130 = 4.523077 (2029 and 2030)
        let multiples = analysis.trend(of: "commitments.revenue_multiple")
        #expect(zip(multiples, [19.6, 11.76, 7.35, 4.523077, 4.523077]).allSatisfy { isClose($0, $1) })
        // max(0, −cash) in the base case: 0, 14.5, 99.5, 150.5, 201.5
        let gaps = analysis.trend(of: "funding.gap")
        #expect(zip(gaps, [0, 14.5e9, 99.5e9, 150.5e9, 201.5e9]).allSatisfy { isClose($0, $1) })
        // 2027.745614 − 2026 = 1.745614, − 2027 = 0.745614, then 0
        let runway = analysis.trend(of: "funding.runway")
        #expect(zip(runway, [1.745614, 0.745614, 0, 0, 0]).allSatisfy { isClose($0, $1) })
        #expect(runway.count == 5)
        #expect(analysis.trend(of: "suppliers.hhi").isEmpty)
    }

    @Test func runwayIsALowerBoundWhenCashLasts() throws {
        var scenario = scenario
        scenario.financials.cashOnHand = Sourced(500e9, source: "facts")
        let runway = try #require(Analysis(scenario: scenario).indicator("funding.runway"))
        // 500 + 50 − (25 + 57 + 85 + 51 + 51 = 269) = 281 > 0 throughout: 2031 − 2026.139881 = 4.860119,
        // and perhaps for ever: no upper bound
        #expect(isClose(runway.value, 4.860119))
        #expect(runway.level == .ok)
        #expect(runway.formula == "base case (firm + scheduled): cash lasts through 2030: at least 2031 − as of 2026.14 = 4.9 years; "
            + "from firm money only to all round money at its most: ≥ 4.9 years")
        #expect(runway.bounds?.high == .infinity)
        #expect(FigureFormat.format(runway, currency: "USD") == "≥ 4.9 years")
        #expect(Analysis(scenario: scenario).value("funding.gap") == 0)
    }
}
