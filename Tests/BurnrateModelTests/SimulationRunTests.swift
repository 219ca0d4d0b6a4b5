import Synchronization
import Testing
@testable import BurnrateModel

/// `Simulation.run`: deterministic whatever the threads, partial results in order, cancellation.
@Suite struct SimulationRunTests {
    @Test func aScenarioWithoutUncertaintyGivesEveryPathTheProjectionsCash() throws {
        var scenario = try SimulationFixture.article()
        scenario.uncertainty = .none
        let projection = Projection(scenario: scenario)
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 3000, threads: 2)))
        #expect(result.paths == 3000 && result.isComplete)
        #expect(result.inputs.isEmpty && result.drivers.isEmpty)
        #expect(result.years.map(\.year) == [2026, 2027, 2028, 2029, 2030])
        for (simulated, projected) in zip(result.years, projection.years) {
            let cash = try #require(projected.cash)
            #expect(simulated.deterministicCash == cash)
            #expect(simulated.shortfallProbability == (projection.years.prefix { $0.year <= simulated.year }.contains { $0.cash! < 0 } ? 1 : 0))
            #expect(simulated.standardError == 0)
            // every quantile is the one value, exactly: quantiles are held within the least and greatest
            #expect(simulated.cash == Quantiles(p5: cash, p25: cash, p50: cash, p75: cash, p95: cash))
        }
        // Amazon's 50B counted in full: 88.5B at the end of 2026, 31.5B at the end of 2027, short in 2028
        #expect(result.years.map(\.deterministicCash) == [88.5e9, 31.5e9, -53.5e9, -104.5e9, -65.5e9])
        #expect(result.years.map(\.shortfallProbability) == [0, 0, 1, 1, 1])
        let analysis = Analysis(scenario: scenario)
        let runway = try #require(analysis.value(IndicatorCatalogue.cashRunway.id))
        let gap = try #require(analysis.value(IndicatorCatalogue.fundingGap.id))
        #expect(result.runwayYears == Quantiles(p5: runway, p25: runway, p50: runway, p75: runway, p95: runway))
        #expect(result.fundingGap == Quantiles(p5: gap, p25: gap, p50: gap, p75: gap, p95: gap))
    }

    @Test func theSameSeedGivesByteIdenticalJSONWithOneThreadAndTwo() throws {
        let scenario = try SimulationFixture.article()
        let one = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 7, threads: 1)))
        let two = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 7, threads: 2)))
        #expect(one.json().serialized() == two.json().serialized())
        #expect(one == two)
        // the dashboard's background runs: the lowest priority changes when, never what
        let idle = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 7, threads: 2, lowPriority: true)))
        #expect(idle == one)
        let three = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 7, threads: 3)))
        #expect(three == one)
        let otherSeed = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 8, threads: 2)))
        #expect(otherSeed.json().serialized() != one.json().serialized())
    }

    @Test func aScenarioWithoutBurnFiguresHasNoYearsToSimulate() throws {
        var scenario = try SimulationFixture.article()
        scenario.financials.years = []
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 1000)))
        #expect(result.years.isEmpty && result.drivers.isEmpty && result.isComplete)
        #expect(result.inputs.count == 11)
    }

    @Test func partialResultsComeInOrderAndAreThoseOfTheFirstPaths() throws {
        let scenario = try SimulationFixture.article()
        var reported: [SimulationResult] = []
        let final = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 40_000, seed: 3, threads: 2, firstReport: 4096),
                                                progress: { reported.append($0) }))
        // 4096, then doubling: 8192, 16384, 32768; the 40,000 are the result itself
        #expect(reported.map(\.paths) == [4096, 8192, 16384, 32768])
        #expect(reported.allSatisfy { $0.requestedPaths == 40_000 && !$0.isComplete })
        #expect(final.paths == 40_000)
        // a partial result is the full result of as many paths, whatever the threads
        for partial in reported.prefix(2) {
            let alone = try #require(Simulation.run(scenario, options: SimulationOptions(paths: partial.paths, seed: 3, threads: 1)))
            var expected = alone
            expected.requestedPaths = 40_000
            #expect(partial == expected)
        }
    }

    @Test func aCancelledRunStopsAndGivesNothing() throws {
        let scenario = try SimulationFixture.article()
        var reports = 0
        let result = Simulation.run(scenario, options: SimulationOptions(paths: 50_000_000, threads: 2),
                                    isCancelled: { reports > 0 }, progress: { _ in reports += 1 })
        #expect(result == nil)
        #expect(reports == 1)
    }

    @Test func aRunStopsWithinMillisecondsOfBeingCancelled() throws {
        let scenario = try SimulationFixture.article()
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(50)
        var stoppedAt: ContinuousClock.Instant?
        let result = Simulation.run(scenario, options: SimulationOptions(paths: 50_000_000, threads: 2, firstReport: 50_000_000),
                                    isCancelled: {
                                        guard clock.now >= deadline else { return false }
                                        if stoppedAt == nil { stoppedAt = clock.now }
                                        return true
                                    })
        let returned = clock.now
        #expect(result == nil)
        let latency = returned - (stoppedAt ?? returned)
        // The run would take many seconds; a stop within half a second shows cancelling works
        // without timing it, which a loaded machine would make flaky (workers check every ~1 ms).
        #expect(latency < .milliseconds(500), "\(latency)")
    }
}
