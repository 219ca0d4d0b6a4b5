import Testing
@testable import BurnrateModel

/// A site marked `owned: true` is the company's own: its capacity counts under one row named
/// after the company, moves with delays as a contract's site does, and enters no supplier
/// indicator. xai-2026 owns Colossus 1 (0.3 GW from 2024-09), Colossus 2 (0.7 GW from 2027) and
/// Southaven (1 GW from 2027-06); its 0.5 GW in Saudi Arabia, a joint venture serving no
/// contract, counts nowhere.
@Suite struct OwnedSiteTests {
    static func xai() throws -> Scenario { try BuiltInScenarioTests.load("xai-2026") }

    /// 2026: Colossus 1 alone, 0.3 GW; 2027: 0.3 + 0.7 + 1 = 2 GW (Saudi Arabia's 0.5 left out).
    @Test func ownedSitesCountUnderTheCompanysOwnRow() throws {
        let projection = Analysis(scenario: try Self.xai()).projection
        #expect(projection.years.map { $0.capacityOnlineGW.map(\.provider) } == [["xAI (own sites)"], ["xAI (own sites)"]])
        #expect(projection.years.map { $0.capacityOnlineGW.map(\.gigawatts) } == [[0.3], [2]])
        #expect(projection.years.map(\.totalCapacityOnlineGW) == [0.3, 2])
    }

    /// CoreWeave's active fleet (0.85 GW from 2026-03) and its contracted sites (2.25 GW from
    /// 2027-12): 0.85 in 2026, 0.85 + 2.25 = 3.1 in 2027 and 2028.
    @Test func coreWeavesFleetIsItsOwn() throws {
        let projection = Analysis(scenario: try BuiltInScenarioTests.load("coreweave-2026")).projection
        #expect(projection.years.first?.capacityOnlineGW.map(\.provider) == ["CoreWeave (own sites)"])
        #expect(projection.years.map(\.totalCapacityOnlineGW).enumerated().allSatisfy { isClose($1, [0.85, 3.1, 3.1][$0]) })
    }

    /// openai-2026-02 with a 3 GW site of its own from 2026-01: its row comes after the
    /// providers', every year holds 3 GW more, and the supplier indicators, about the providers
    /// paid under contracts, stay as they were.
    @Test func ownedCapacityStaysOutOfTheSupplierIndicators() throws {
        var scenario = try BuiltInScenarioTests.load("openai-2026-02")
        let before = Analysis(scenario: scenario)
        scenario.sites.append(Site(id: "own", name: "Own", isOwned: true, capacityGW: Sourced(3, source: "evertiq"),
                                   power: Sourced(1, source: "evertiq"), cooling: Sourced(1, source: "evertiq"),
                                   network: Sourced(1, source: "evertiq"), online: Sourced(Day(year: 2026, month: 1), source: "evertiq")))
        let after = Analysis(scenario: scenario)
        #expect(after.projection.years[0].capacityOnlineGW.map(\.provider)
                == before.projection.years[0].capacityOnlineGW.map(\.provider) + ["OpenAI (own sites)"])
        #expect(zip(after.projection.years, before.projection.years).allSatisfy { isClose($0.totalCapacityOnlineGW, $1.totalCapacityOnlineGW + 3) })
        for id in [IndicatorCatalogue.supplierConcentration.id, IndicatorCatalogue.largestSupplierShare.id,
                   IndicatorCatalogue.capacityIfLargestFails.id] {
            #expect(after.indicator(id)?.value == before.indicator(id)?.value)
        }
    }

    /// Without contracts the supplier indicators do not apply, own sites or not.
    @Test func withoutContractsTheSupplierIndicatorsStayNotApplicable() throws {
        let analysis = Analysis(scenario: try Self.xai())
        for id in [IndicatorCatalogue.supplierConcentration.id, IndicatorCatalogue.largestSupplierShare.id,
                   IndicatorCatalogue.capacityIfLargestFails.id] {
            #expect(analysis.indicator(id)?.notApplicable == "no capacity contracts stated")
        }
    }

    /// `delay.southaven` by 7 months: online 2028-01, so 2027 holds 0.3 + 0.7 = 1 GW, not 2; it
    /// loses the 7 months (June–December) of 1 GW it had, −7/12 GW-year, and 2028 is past the horizon.
    @Test func aDelayMovesAnOwnedSitesGigawattsOutOfAYear() throws {
        let scenario = try Self.xai()
        let late = WhatIf(delayMonths: ["southaven": 7]).apply(to: scenario)
        #expect(Analysis(scenario: late).projection.years.map(\.totalCapacityOnlineGW) == [0.3, 1])
        #expect(late.financials.delayCosts.map(\.year) == [2027])
        #expect(isClose(late.financials.delayCosts.first?.gigawattYears, -7.0 / 12))
    }

    /// The simulation's table for the same delay moves the same −7/12 GW-year out of 2027; a
    /// delay of the joint venture, counted nowhere, moves nothing and has a one-row table.
    @Test func theSimulationsDelayTableMovesOwnedSites() throws {
        let scenario = try Self.xai()
        let sites = ContractReferences(scenario: scenario).sites
        var budget = DelayTable.cellBudget
        var rows: [Double] = []
        func table(_ site: String) -> DelayTable {
            DelayTable(delay: DelayUncertainty(target: .site(site), months: Sourced(.fixed(7), source: "burnrate-assumptions")),
                       input: 0, scenario: scenario, sites: sites, sitesDelayedAlone: [], budget: &budget, rows: &rows)
        }
        let southaven = table("southaven"), humain = table("humain")
        let start = southaven.rowStart(months: 7)
        // A row: the payments of 2026 and 2027, then the GW-years moved into each.
        #expect(rows[start..<start + 4].map { $0 }.enumerated().allSatisfy { isClose($1, [0, 0, 0, -7.0 / 12][$0]) })
        #expect(humain.maxMonths == 0)
    }

    /// The company's own sites count as one provider for `delays_within_provider`: Colossus 2's
    /// and Southaven's delays are linked, the joint venture's is not.
    @Test func ownedSitesDelaysGoTogether() throws {
        var scenario = try Self.xai()
        scenario.uncertainty.delaysWithinProvider = Sourced(0.5, source: "burnrate-assumptions")
        let inputs = scenario.uncertainty.inputs
        let matrix = scenario.uncertainty.correlationMatrix(in: scenario)
        func position(_ id: String) throws -> Int { try #require(inputs.firstIndex(of: UncertainInput("delay." + id))) }
        #expect(matrix[try position("colossus-2"), try position("southaven")] == 0.5)
        #expect(matrix[try position("southaven"), try position("humain")] == 0)
    }

    /// Named after the company, without an aside of its own in brackets.
    @Test func theRowIsNamedAfterTheCompany() throws {
        var scenario = try Self.xai()
        #expect(scenario.ownSitesName == "xAI (own sites)")
        scenario.company = "Mini"
        #expect(scenario.ownSitesName == "Mini (own sites)")
        scenario.company = "(x)"
        #expect(scenario.ownSitesName == "(x) (own sites)")
    }
}
