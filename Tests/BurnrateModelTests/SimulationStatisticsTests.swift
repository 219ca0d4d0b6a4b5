import Testing
@testable import BurnrateModel

/// The simulation against answers known without it: exact probabilities by enumeration, the
/// correlation asked of delays sharing a provider, a driver that decides everything.
@Suite struct SimulationStatisticsTests {
    typealias F = SimulationFixture

    /// Independent all-or-nothing commitments with known probabilities and a fixed burn of 10B a
    /// year from 5B of cash: the chance of having run short by each year end, enumerated over
    /// the 16 ways the four can turn out, and simulated within three standard errors.
    @Test func shortfallProbabilitiesMatchTheExactOnesWithinThreeStandardErrors() throws {
        let commitments: [(id: String, amount: Double, date: Day, probability: Double)] = [
            ("a", 10e9, Day(year: 2026, month: 6), 0.6),
            ("b", 12e9, Day(year: 2027, month: 3), 0.5),
            ("c", 8e9, Day(year: 2027, month: 9), 0.7),
            ("d", 15e9, Day(year: 2028, month: 1), 0.4),
        ]
        let years = [2026, 2027, 2028, 2029]
        let scenario = F.small(cash: 5e9, years: years.map { ($0, 0, 10e9) },
                               investors: commitments.map { F.investor($0.id, $0.amount, at: $0.date) },
                               uncertainty: Uncertainty(commitments: commitments.map { F.commitment($0.id, $0.probability) }))
        var exact = [Double](repeating: 0, count: years.count)
        for outcome in 0..<16 {
            var probability = 1.0
            var short = false
            for (index, year) in years.enumerated() {
                var cash = 5e9 - 10e9 * Double(index + 1)
                for (bit, commitment) in commitments.enumerated() {
                    let realised = outcome & (1 << bit) != 0
                    if index == 0 { probability *= realised ? commitment.probability : 1 - commitment.probability }
                    if realised, commitment.date.year <= year { cash += commitment.amount }
                }
                short = short || cash < 0
                if short { exact[index] += probability }
            }
        }
        // by hand for 2026: short unless a arrives, 0.4
        #expect(abs(exact[0] - 0.4) < 1e-12)
        let paths = 100_000
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: paths, seed: 11)))
        for (simulated, expected) in zip(result.years, exact) {
            let standardError = (expected * (1 - expected) / Double(paths)).squareRoot()
            #expect(abs(simulated.shortfallProbability - expected) <= 3 * standardError,
                    "\(simulated.year): \(simulated.shortfallProbability) against \(expected) ± \(standardError)")
            #expect(abs(simulated.standardError - standardError) < 1e-4)
        }
    }

    @Test func delaysSharingAProviderMoveTogetherAsAsked() throws {
        let scenario = try F.article()
        let model = PathModel(scenario: scenario)
        let inputs = scenario.uncertainty.inputs
        let oracle = try #require(inputs.firstIndex(of: UncertainInput("delay.oracle")))
        let saline = try #require(inputs.firstIndex(of: UncertainInput("delay.saline")))
        let aws = try #require(inputs.firstIndex(of: UncertainInput("delay.aws")))
        let draws = (0..<20_000).map { model.draws(path: $0, seed: 5).values }
        // oracle's contract and the site saline (served by it) share Oracle (Stargate): 0.6 asked
        #expect(abs(Self.rankCorrelation(draws.map { $0[oracle] }, draws.map { $0[saline] }) - 0.6) < 0.02)
        // aws has another provider: independent
        #expect(abs(Self.rankCorrelation(draws.map { $0[oracle] }, draws.map { $0[aws] })) < 0.02)
    }

    /// A 100B commitment at even odds decides everything: without it cash runs out in the
    /// first year, with it never. The small one and a burn scale of ±1 % change nothing.
    @Test func theDriverThatDecidesTheShortfallRanksFirst() throws {
        let scenario = F.small(cash: 5e9, years: [(2026, 0, 10e9)],
                               investors: [F.investor("small", 1e9, at: F.asOf), F.investor("large", 100e9, at: F.asOf)],
                               uncertainty: Uncertainty(commitments: [F.commitment("small", 0.5), F.commitment("large", 0.5)],
                                                        burnScale: F.assumed(.uniform(low: 0.99, high: 1.01))))
        let result = try #require(Simulation.run(scenario, options: SimulationOptions(paths: 20_000, seed: 1)))
        let first = try #require(result.drivers.first)
        #expect(first.input == UncertainInput("commitment.large"))
        #expect(result.label(of: first.input) == "Large's commitment realised")
        #expect(first.low == 0 && first.high == 1)
        #expect(first.shortfallAtLow == 1 && first.shortfallAtHigh == 0 && first.swing == -1)
        #expect(result.drivers.count == 5)
        #expect(result.drivers.dropFirst().allSatisfy { abs($0.swing) < 0.05 })
        let scale = try #require(result.drivers.first { $0.input == .burnScale })
        #expect(abs(scale.low - 0.992) < 1e-12 && abs(scale.high - 1.008) < 1e-12)
        #expect(result.drivers.map { abs($0.swing) } == result.drivers.map { abs($0.swing) }.sorted(by: >))
    }

    static func rankCorrelation(_ x: [Double], _ y: [Double]) -> Double {
        func ranks(_ values: [Double]) -> [Double] {
            let order = values.indices.sorted { values[$0] < values[$1] }
            var ranks = [Double](repeating: 0, count: values.count)
            var start = 0
            while start < order.count {
                var end = start
                while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
                for index in start...end { ranks[order[index]] = Double(start + end) / 2 }
                start = end + 1
            }
            return ranks
        }
        let (rx, ry) = (ranks(x), ranks(y))
        let n = Double(x.count)
        let (mx, my) = (rx.reduce(0, +) / n, ry.reduce(0, +) / n)
        var (sxy, sxx, syy) = (0.0, 0.0, 0.0)
        for index in x.indices {
            sxy += (rx[index] - mx) * (ry[index] - my)
            sxx += (rx[index] - mx) * (rx[index] - mx)
            syy += (ry[index] - my) * (ry[index] - my)
        }
        return sxy / (sxx * syy).squareRoot()
    }
}
