import Testing
@testable import BurnrateModel

/// The simulation pays the same interest, principal and lease payments on every path as the
/// projection does: with nothing uncertain, it is the projection.
@Suite struct DebtSimulationTests {
    /// Every kind of debt and a lease: all of `DebtProjectionTests`' figures at once.
    static let scenario = DebtScenarioFixture.with(
        debt: [DebtScenarioFixture.bulletBeforeAsOf, DebtScenarioFixture.bulletInsideHorizon,
               DebtScenarioFixture.amortising, DebtScenarioFixture.creditLine],
        leases: [DebtScenarioFixture.lease])

    @Test func aSimulationWithNothingUncertainAgreesWithTheProjection() throws {
        var scenario = Self.scenario
        // one input that never varies, so that paths are drawn and counted
        scenario.uncertainty = Uncertainty(burnScale: Sourced(.fixed(1), source: "memo", basis: .assumption))
        let projection = Projection(scenario: scenario)
        // 2026: 20 − 4.5 − (0.9 + 0.57 + 0.135) interest − 3 principal − 1.5 lease = 9.395
        // 2027: − 6 + 6 drawn − (0.6 + 0.15 + 0.48 + 0.18) − (10 + 4) − 3 = −9.015
        let cash = projection.years.compactMap(\.cash)
        #expect(isClose(cash[0], 9.395e9) && isClose(cash[1], -9.015e9))
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 2000, seed: 1, threads: 2)))
        for (simulated, projected) in zip(result.years, cash) {
            for quantile in [simulated.cash.p5, simulated.cash.p50, simulated.cash.p95] {
                #expect(isClose(quantile, projected, tolerance: 1e-3), "\(simulated.year): \(quantile) against \(projected)")
            }
            #expect(simulated.deterministicCash == projected)
            #expect(simulated.shortfallProbability == (projected < 0 ? 1 : 0), "\(simulated.year)")
        }
        let analysis = Analysis(scenario: scenario)
        #expect(isClose(result.runwayYears.p50, try #require(analysis.value("funding.runway")), tolerance: 1e-3))
        #expect(isClose(result.fundingGap.p50, try #require(analysis.value("funding.gap")), tolerance: 1e-3))
    }

    /// Cash on hand rolled forward from the end of 2025, with round money paid in February: a
    /// path's cash at the as-of date, where its runway starts, holds the same as the projection's.
    @Test func aPathStartsFromTheProjectionsCashAtTheAsOfDate() throws {
        var scenario = Self.scenario
        scenario.financials.cashOnHand = Sourced(20e9, source: "memo", date: Day(year: 2025, month: 12, day: 31))
        scenario.financials.cashNotRolledForward = nil
        let paid = DebtScenarioFixture.sourced(Amount.exact(5e9))
        scenario.round = FundingRound(name: "Series A", status: .funded, target: paid, investors: [
            Investor(id: "fund", name: "Fund", amount: paid, instrument: .cash, status: .funded,
                     tranches: [Tranche(amount: paid, date: Day(year: 2026, month: 2), instrument: .cash, status: .funded)]),
        ])
        scenario.uncertainty = Uncertainty(burnScale: Sourced(.fixed(1), source: "memo", basis: .assumption))
        let analysis = Analysis(scenario: scenario)
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 2000, seed: 1, threads: 2)))
        #expect(isClose(result.runwayYears.p50, try #require(analysis.value("funding.runway")), tolerance: 1e-3))
        for (simulated, projected) in zip(result.years, analysis.projection.years.compactMap(\.cash)) {
            #expect(isClose(simulated.cash.p50, projected, tolerance: 1e-3), "\(simulated.year)")
        }
    }

    /// A horizon that starts after the as-of year: what debt and leases move in the months
    /// between comes before the first year's cash, as in the projection.
    @Test func aPathPaysTheDebtOfTheYearsBeforeTheHorizon() {
        var scenario = Self.scenario
        scenario.horizon = Horizon(start: 2027, end: 2029)
        let projection = Projection(scenario: scenario)
        // at the horizon's start: 9.395, as at the end of 2026 above
        #expect(isClose(projection.openingCash, 9.395e9))
        let paths = PathModel(scenario: scenario).yearEndCash(values: [])
        #expect(zip(paths, projection.years.compactMap(\.cash)).allSatisfy { isClose($0, $1) })
        #expect(paths.count == 3)
    }
}
