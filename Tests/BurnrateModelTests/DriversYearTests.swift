import BurnrateModel
import Testing

/// The drivers speak of the horizon unless the horizon's answer is all but settled; then of the
/// year whose chance of a shortfall is nearest even, where an input can still move it.
@Suite struct DriversYearTests {
    typealias F = SimulationFixture

    static func year(_ year: Int, _ probability: Double) -> SimulatedYear {
        let zero = Quantiles(p5: 0, p25: 0, p50: 0, p75: 0, p95: 0)
        return SimulatedYear(year: year, shortfallProbability: probability, standardError: 0, cash: zero, deterministicCash: nil)
    }

    @Test func theHorizonWhenItsChanceIsOpen() {
        #expect(SimulationResult.driversYear(of: [Self.year(2026, 0.5), Self.year(2027, 0.95)]) == 2027)
        #expect(SimulationResult.driversYear(of: [Self.year(2026, 0.5), Self.year(2027, 0.05)]) == 2027)
    }

    @Test func theYearNearestEvenWhenTheHorizonIsSettled() {
        #expect(SimulationResult.driversYear(of: [Self.year(2026, 0.1), Self.year(2027, 0.6), Self.year(2028, 0.99)]) == 2027)
        // 0.3 and 0.7 are as near: the later year
        #expect(SimulationResult.driversYear(of: [Self.year(2026, 0.3), Self.year(2027, 0.7), Self.year(2028, 1)]) == 2027)
        #expect(SimulationResult.driversYear(of: [Self.year(2026, 0), Self.year(2027, 0.01)]) == 2027)
        #expect(SimulationResult.driversYear(of: []) == nil)
    }

    /// Cash 5B, burn 10B in 2026 and 200B in 2027; a 100B commitment at even odds arrives in
    /// 2026. End of 2026: 5 − 10 = −5B without it, 95B with it (P = 0.5); end of 2027:
    /// 95 − 200 < 0 either way (P = 1). At the horizon no input moves anything; in 2026 the
    /// commitment decides it all.
    @Test func aSettledHorizonLeavesTheDriversToTheOpenYear() throws {
        let scenario = F.small(cash: 5e9, years: [(2026, 0, 10e9), (2027, 0, 200e9)],
                               investors: [F.investor("large", 100e9, at: F.asOf)],
                               horizon: Horizon(start: 2026, end: 2027),
                               uncertainty: Uncertainty(commitments: [F.commitment("large", 0.5)]))
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 3)))
        #expect(result.horizon?.shortfallProbability == 1)
        #expect(result.driversYear == 2026)
        #expect(result.driversAt?.year == 2026)
        let first = try #require(result.drivers.first)
        #expect(first.input == UncertainInput("commitment.large"))
        #expect(first.shortfallAtLow == 1 && first.shortfallAtHigh == 0)
        #expect(result.json().serialized().contains("\"drivers_year\": 2026"))
    }
}

/// The 10th percentile of a 90 % chance is "no": F(0) = 0.1 already.
@Suite struct BernoulliPercentileTests {
    @Test func theTenthPercentileOfANinetyPercentChanceIsNo() {
        let sampler = Sampler(.bernoulli(0.9))
        #expect(sampler.value(at: 0.1) == 0)
        #expect(sampler.value(at: 0.1000001) == 1)
        #expect(Sampler(.bernoulli(0.8)).value(at: 0.2) == 0)
        #expect(Sampler(.bernoulli(0.3)).value(at: 0.9) == 1)
    }
}
