import Testing
@testable import BurnrateModel

@Suite struct WhatIfApplyTests {
    typealias F = WhatIfFixture
    let scenario = WhatIfFixture.scenario

    @Test func emptyWhatIfChangesNothing() {
        #expect(WhatIf().isEmpty)
        #expect(!WhatIf(burnScale: 1).isEmpty)
        #expect(WhatIf().apply(to: scenario) == scenario)
    }

    @Test func realisationScalesAmountAndTranchesAndCitesTheWhatIf() {
        let original = scenario
        let result = WhatIf(realisation: ["softbank": 0.5]).apply(to: scenario)
        let softbank = result.investor(id: "softbank")
        // 30B × 0.5 = 15B; tranches 10B × 0.5 = 5B and 20B × 0.5 = 10B
        #expect(softbank?.amount == F.whatIf(Amount.exact(15e9)))
        #expect(softbank?.tranches.map(\.amount) == [F.whatIf(.exact(5e9)), F.whatIf(.exact(10e9))])
        #expect(result.investor(id: "amazon") == F.amazon)
        #expect(result.sources.last == F.whatIfSource("SoftBank delivers 50 %"))
        #expect(result.sources.count == 3)
        // the scenario passed in keeps its figures
        #expect(original == F.scenario)
        #expect(original.investor(id: "softbank")?.amount == F.reported(.exact(30e9)))
    }

    @Test func realisationKeepsTheKindOfAmountAndZeroIsExactlyNothing() {
        let result = WhatIf(realisation: ["amazon": 0.5, "microsoft": 0, "nvidia": 1]).apply(to: scenario)
        // up to 50B × 0.5 = up to 25B
        #expect(result.investor(id: "amazon")?.amount == F.whatIf(.upTo(25e9)))
        // undisclosed × 0 = exactly 0: nothing delivered is known
        #expect(result.investor(id: "microsoft")?.amount == F.whatIf(.exact(0)))
        // 100 % delivered changes no figure, so nvidia keeps its sources
        #expect(result.investor(id: "nvidia") == F.nvidia)
    }

    @Test func realisationMatchesInvestorIdsIgnoringCase() {
        let result = WhatIf(realisation: ["SoftBank": 0.5]).apply(to: scenario)
        #expect(result.investor(id: "softbank")?.amount == F.whatIf(.exact(15e9)))
    }

    @Test func flatRevenueStartsAfterTheLastYearBeforeTheAsOfYear() {
        // as of 2026-02-20, 2026 is still running: the base is 2025 (13.1B), so 2026 and 2027 stay at 13.1B
        let years = WhatIf(revenueGrowth: 0).apply(to: scenario).financials.years
        #expect(years.map(\.revenue) == [F.reported(13.1e9), F.whatIf(13.1e9), F.whatIf(13.1e9)])
        #expect(years.map(\.burn) == scenario.financials.years.map(\.burn))
    }

    @Test func revenueGrowthCompoundsYearByYear() {
        let revenue = WhatIf(revenueGrowth: 0.1).apply(to: scenario).financials.years.map(\.revenue.value)
        // 13.1 × 1.1 = 14.41; 14.41 × 1.1 = 15.851
        #expect(abs(revenue[1] - 14.41e9) < 1)
        #expect(abs(revenue[2] - 15.851e9) < 1)
    }

    @Test func revenueGrowthCountsTheYearsBetweenListedYears() {
        var gapped = scenario
        gapped.financials.years.remove(at: 1)
        let revenue = WhatIf(revenueGrowth: -0.1).apply(to: gapped).financials.years.map(\.revenue.value)
        // 2025 → 2027 is two years: 13.1 × 0.9 × 0.9 = 10.611
        #expect(abs(revenue[1] - 10.611e9) < 1)
    }

    @Test func revenueGrowthStartsFromTheFirstYearWhenNoneIsBeforeTheAsOfYear() {
        var early = scenario
        early.asOf = Day(year: 2024, month: 6)
        let revenue = WhatIf(revenueGrowth: 0).apply(to: early).financials.years.map(\.revenue.value)
        #expect(revenue == [13.1e9, 13.1e9, 13.1e9])
    }

    @Test func revenueGrowthAfterTheLastListedYearChangesNothing() {
        var late = scenario
        late.asOf = Day(year: 2028, month: 3)
        // base 2027 is the last year: nothing follows it, no figure changes, no what-if source
        #expect(WhatIf(revenueGrowth: 0).apply(to: late) == late)
    }

    @Test func burnScaleMultipliesEveryYear() {
        let years = WhatIf(burnScale: 1.25).apply(to: scenario).financials.years
        // 8 × 1.25 = 10; 25 × 1.25 = 31.25; 57 × 1.25 = 71.25
        #expect(years.map(\.burn) == [F.whatIf(10e9), F.whatIf(31.25e9), F.whatIf(71.25e9)])
        #expect(years.map(\.revenue) == scenario.financials.years.map(\.revenue))
    }

    @Test func burnScaleMakesACashGeneratingYearGenerateLess() {
        var generating = scenario
        generating.financials.years[2].burn = F.assumed(-40e9)
        let years = WhatIf(burnScale: 1.25).apply(to: generating).financials.years
        // 25 % worse: −40 × (2 − 1.25) = −30, not −40 × 1.25 = −50 (more cash)
        #expect(years[2].burn == F.whatIf(-30e9))
        // 50 % better: −40 × (2 − 0.5) = −60
        #expect(WhatIf(burnScale: 0.5).apply(to: generating).financials.years[2].burn == F.whatIf(-60e9))
    }

    @Test func valuationReplacesPostMoneyAndKeepsTheRoundsSize() {
        let round = WhatIf(valuation: 600e9).apply(to: scenario).round
        #expect(round.postMoney == F.whatIf(.exact(600e9)))
        // the round adds 850 − 730 = 120B: pre-money 600 − 120 = 480B
        #expect(round.preMoney == F.whatIf(.exact(480e9)))
        #expect(round.target == scenario.round.target)
    }

    @Test func valuationDropsPreMoneyWhenNothingWouldBeLeft() {
        // 100B is not above the 120B the round adds
        let round = WhatIf(valuation: 100e9).apply(to: scenario).round
        #expect(round.postMoney == F.whatIf(.exact(100e9)))
        #expect(round.preMoney == nil)
    }

    @Test func valuationWithoutAPostMoneyAddsOneAndDropsPreMoney() {
        var unvalued = scenario
        unvalued.round.postMoney = nil
        let round = WhatIf(valuation: 600e9).apply(to: unvalued).round
        #expect(round.postMoney == F.whatIf(.exact(600e9)))
        #expect(round.preMoney == nil)
    }

    @Test func delayEverythingMovesEverySiteAndContractStart() {
        let result = WhatIf(delayMonths: ["*": 12]).apply(to: scenario)
        #expect(result.contracts.map(\.start) == [
            F.whatIf(Day(year: 2026, month: 11, day: 1)), nil, F.whatIf(Day(year: 2028, month: 1, day: 1)),
        ])
        #expect(result.sites.map(\.online) == [
            F.whatIf(Day(year: 2027, month: 6, day: 1)), F.whatIf(Day(year: 2029, month: 1, day: 1)),
        ])
    }

    @Test func delayOfASiteMovesOnlyThatSite() {
        let result = WhatIf(delayMonths: ["abilene": 12]).apply(to: scenario)
        #expect(result.sites.map(\.online) == [F.whatIf(Day(year: 2027, month: 6, day: 1)), F.portWashington.online])
        #expect(result.contracts == scenario.contracts)
    }

    @Test func delayOfAContractMovesItsStartAndItsSites() {
        let aws = WhatIf(delayMonths: ["aws": 6]).apply(to: scenario)
        // 2025-11-01 + 6 months = 2026-05-01; no site serves aws
        #expect(aws.contract(id: "aws")?.start == F.whatIf(Day(year: 2026, month: 5, day: 1)))
        #expect(aws.sites == scenario.sites)
        let oracle = WhatIf(delayMonths: ["oracle": 2]).apply(to: scenario)
        #expect(oracle.contract(id: "oracle")?.start == F.whatIf(Day(year: 2027, month: 3, day: 1)))
        #expect(oracle.sites.map(\.online.value) == [Day(year: 2026, month: 8, day: 1), Day(year: 2028, month: 3, day: 1)])
    }

    @Test func delayOfAProviderIgnoresCase() {
        let result = WhatIf(delayMonths: ["ORACLE": 3]).apply(to: scenario)
        #expect(result.contract(id: "oracle")?.start?.value == Day(year: 2027, month: 4, day: 1))
        #expect(result.sites.map(\.online.value) == [Day(year: 2026, month: 9, day: 1), Day(year: 2028, month: 4, day: 1)])
        let aws = WhatIf(delayMonths: ["amazon web services": 1]).apply(to: scenario)
        #expect(aws.contract(id: "aws")?.start?.value == Day(year: 2025, month: 12, day: 1))
    }

    @Test func theMostSpecificDelayWins() {
        let result = WhatIf(delayMonths: ["*": 12, "Oracle": 6, "abilene": 0]).apply(to: scenario)
        // abilene: its own key (0) beats its provider's (6) and everything's (12)
        #expect(result.sites.first { $0.id == "abilene" } == F.abilene)
        // port-washington: its provider's 6 beats everything's 12: 2028-01 + 6 = 2028-07
        #expect(result.sites.first { $0.id == "port-washington" }?.online.value == Day(year: 2028, month: 7, day: 1))
        #expect(result.contract(id: "oracle")?.start?.value == Day(year: 2027, month: 7, day: 1))
        // aws only has everything's 12: 2025-11 + 12 = 2026-11
        #expect(result.contract(id: "aws")?.start?.value == Day(year: 2026, month: 11, day: 1))
    }

    @Test func delayCrossesYearEndsKeepingTheDayWhereTheMonthAllows() {
        var scenario = scenario
        scenario.contracts[0].start = F.assumed(Day(year: 2026, month: 11, day: 30))
        let result = WhatIf(delayMonths: ["*": 3]).apply(to: scenario)
        // 2026-11-30 + 3 months = 2027-02-30, which does not exist: 2027-02-28
        #expect(result.contract(id: "aws")?.start?.value == Day(year: 2027, month: 2, day: 28))
        // 2028-01-01 + 3 months = 2028-04-01
        #expect(result.sites[1].online.value == Day(year: 2028, month: 4, day: 1))
    }

    @Test func lostProviderRemovesItsContractsAndSites() {
        let result = WhatIf(lostProvider: "oracle").apply(to: scenario)
        #expect(result.contracts.map(\.id) == ["aws", "azure"])
        #expect(result.sites.isEmpty)
        // removing parts changes no figure: no what-if source needed
        #expect(result.sources == scenario.sources)
    }

    @Test func lostProviderByNameRemovesItFromSupplierLinks() {
        let result = WhatIf(lostProvider: "microsoft azure").apply(to: scenario)
        #expect(result.contracts.map(\.id) == ["aws", "oracle"])
        #expect(result.sites.map(\.id) == ["abilene", "port-washington"])
        #expect(result.investor(id: "microsoft")?.supplier?.contracts == [])
        #expect(result.investor(id: "amazon")?.supplier?.contracts == ["aws"])
    }

    @Test func knobsCombineAndTheSourceTitleJoinsTheSummary() {
        let result = WhatIf(realisation: ["softbank": 0.5], burnScale: 1.25, lostProvider: "aws").apply(to: scenario)
        #expect(result.contracts.map(\.id) == ["azure", "oracle"])
        #expect(result.investor(id: "amazon")?.supplier?.contracts == [])
        #expect(result.financials.years[0].burn == F.whatIf(10e9))
        #expect(result.sources.last == F.whatIfSource(
            "SoftBank delivers 50 %; burn +25 %; Amazon Web Services fails (aws removed)"))
    }

    @Test func applyingTwiceKeepsOneWhatIfSourceWithBothSummaries() {
        let once = WhatIf(burnScale: 1.25).apply(to: scenario)
        let twice = WhatIf(revenueGrowth: 0).apply(to: once)
        #expect(twice.sources.filter { $0.id == "what-if" } == [F.whatIfSource("burn +25 %; revenue flat after 2025")])
        #expect(twice.sources.count == 3)
    }
}
