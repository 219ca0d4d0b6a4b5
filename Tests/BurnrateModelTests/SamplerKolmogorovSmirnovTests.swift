import Testing
import BurnrateModel

/// Each sampler's 100,000 draws against its own cdf: the Kolmogorov–Smirnov statistic stays
/// below its critical value at α = 0.01, and a sampler off by a little does not.
@Suite struct SamplerKolmogorovSmirnovTests {
    static let continuous: [Distribution] = [
        .uniform(low: -2, high: 5),
        .triangular(low: 1, mode: 2, high: 10),
        .normal(mean: 3, sd: 2),
        .lognormal(median: 1.5, sigma: 0.5),
        .pert(low: 0, mode: 3, high: 24),
        .pert(low: 5, mode: 5, high: 6),
    ]

    @Test(arguments: continuous)
    func continuousDrawsFollowTheirCDF(_ distribution: Distribution) {
        let draws = Statistics.draws(Sampler(distribution))
        let statistic = Statistics.ksStatistic(draws, cdf: distribution.cdf)
        #expect(statistic < Statistics.ksCritical(draws.count), "D = \(statistic)")
    }

    static let discrete: [(Distribution, [Double])] = [
        (.fixed(7), [7]),
        (.bernoulli(0.3), [0, 1]),
        // listed out of order, with 2 three times out of seven
        (.empirical([3, 1, 2, 2, 5, 2, 8]), [1, 2, 3, 5, 8]),
    ]

    @Test(arguments: discrete)
    func discreteDrawsFollowTheirCDFAtEachSupportPoint(_ distribution: Distribution, support: [Double]) throws {
        let draws = Statistics.draws(Sampler(distribution))
        let statistic = try #require(Statistics.discreteKSStatistic(draws, support: support, cdf: distribution.cdf))
        #expect(statistic < Statistics.ksCritical(draws.count), "D = \(statistic)")
    }

    @Test func drawsAreTheMeanAndStandardDeviationTheDistributionStates() {
        for distribution in Self.continuous + Self.discrete.map(\.0) {
            let draws = Statistics.draws(Sampler(distribution))
            let n = Double(draws.count)
            let mean = draws.reduce(0, +) / n
            let sd = (draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
            // four standard errors of the mean; a 2 % tolerance on the standard deviation
            #expect(abs(mean - distribution.mean) <= 4 * distribution.standardDeviation / n.squareRoot(), "\(distribution)")
            #expect(abs(sd - distribution.standardDeviation) <= 0.02 * distribution.standardDeviation, "\(distribution)")
        }
    }

    /// The test has teeth: draws a twentieth of a standard deviation off, or a Bernoulli one
    /// point off, are told apart at this N.
    @Test func aSlightlyWrongSamplerFails() throws {
        let critical = Statistics.ksCritical(Statistics.drawCount)
        let normal = Statistics.draws(Sampler(.normal(mean: 0, sd: 1)))
        let shifted = Statistics.ksStatistic(normal, cdf: Distribution.normal(mean: 0.05, sd: 1).cdf)
        #expect(shifted > critical, "D = \(shifted)")
        let bernoulli = Statistics.draws(Sampler(.bernoulli(0.3)))
        let tilted = try #require(Statistics.discreteKSStatistic(bernoulli, support: [0, 1], cdf: Distribution.bernoulli(0.31).cdf))
        #expect(tilted > critical, "D = \(tilted)")
    }
}
