import Testing
@testable import BurnrateModel

/// Each shape's cdf, mean and standard deviation at hand-worked points (beta and lognormal
/// figures from scipy.stats 1.17).
@Suite struct DistributionCDFTests {
    @Test func stepsAndStraightLines() {
        #expect(Distribution.fixed(7).cdf(6.999) == 0)
        #expect(Distribution.fixed(7).cdf(7) == 1)
        #expect(Distribution.uniform(low: -2, high: 5).cdf(1.5) == 0.5)
        #expect(Distribution.uniform(low: -2, high: 5).cdf(-3) == 0)
        #expect(Distribution.uniform(low: -2, high: 5).cdf(6) == 1)
        #expect(Distribution.uniform(low: 4, high: 4).cdf(4) == 1)
        // rising to the mode: 1² ÷ (4 × 1); falling after it: 1 − 2² ÷ (4 × 3)
        #expect(Distribution.triangular(low: 0, mode: 1, high: 4).cdf(1) == 0.25)
        #expect(isClose(Distribution.triangular(low: 0, mode: 1, high: 4).cdf(2), 2.0 / 3, tolerance: 1e-15))
        #expect(Distribution.triangular(low: 0, mode: 0, high: 4).cdf(2) == 0.75)
        #expect(Distribution.triangular(low: 0, mode: 4, high: 4).cdf(2) == 0.25)
    }

    @Test func discreteShapes() {
        let bernoulli = Distribution.bernoulli(0.3)
        let expected: [Double] = [0, 0.7, 0.7, 1, 1]
        #expect([-0.1, 0, 0.99, 1, 2].map(bernoulli.cdf) == expected)
        let empirical = Distribution.empirical([3, 1, 2, 2, 5, 2, 8])
        let sevenths: [Double] = [0, 1, 4, 5, 7].map { $0 / 7 }
        #expect([0.5, 1, 2, 4.9, 8].map(empirical.cdf) == sevenths)
        #expect(Distribution.empirical([]).cdf(-1) == 0)
        #expect(Distribution.empirical([]).cdf(0) == 1)
    }

    @Test func normalAndLognormal() {
        #expect(Distribution.normal(mean: 3, sd: 2).cdf(3) == 0.5)
        #expect(isClose(Distribution.normal(mean: 3, sd: 2).cdf(4), 0.6914624612740131, tolerance: 1e-14))
        #expect(Distribution.normal(mean: 3, sd: 0).cdf(3) == 1)
        #expect(Distribution.lognormal(median: 1.5, sigma: 0.5).cdf(1.5) == 0.5)
        #expect(isClose(Distribution.lognormal(median: 1.5, sigma: 0.5).cdf(2), 0.7174774760140556, tolerance: 1e-14))
        #expect(Distribution.lognormal(median: 1.5, sigma: 0.5).cdf(0) == 0)
        #expect(Distribution.lognormal(median: 1.5, sigma: 0.5).cdf(-1) == 0)
    }

    @Test func pertThroughTheIncompleteBeta() {
        // pert(0, 3, 24) is beta(1.5, 4.5) over 0…24; 10/24 is above (a + 1) ÷ (a + b + 2) = 0.3125,
        // where the symmetry switch takes over.
        let pert = Distribution.pert(low: 0, mode: 3, high: 24)
        #expect(isClose(pert.cdf(3), 0.2625120452790083, tolerance: 1e-13))
        #expect(isClose(pert.cdf(10), 0.8351470590521528, tolerance: 1e-13))
        #expect(pert.cdf(0) == 0 && pert.cdf(24) == 1 && pert.cdf(-1) == 0 && pert.cdf(25) == 1)
        #expect(isClose(Distribution.regularizedIncompleteBeta(2, 3, 0.5), 0.6875, tolerance: 1e-14))
        #expect(isClose(Distribution.regularizedIncompleteBeta(5, 1, 0.9), 0.59049, tolerance: 1e-14))
        #expect(isClose(Distribution.regularizedIncompleteBeta(3, 3, 0.3), 0.16308, tolerance: 1e-14))
        // symmetric about its mode
        #expect(isClose(Distribution.pert(low: 0, mode: 1, high: 2).cdf(1), 0.5, tolerance: 1e-15))
    }

    @Test func meansAndStandardDeviations() {
        let pert = Distribution.pert(low: 0, mode: 3, high: 24)
        #expect(pert.mean == 6)
        #expect(isClose(pert.standardDeviation, 3.9279220242478625, tolerance: 1e-14))
        let lognormal = Distribution.lognormal(median: 1.5, sigma: 0.5)
        #expect(isClose(lognormal.mean, 1.6997226796002396, tolerance: 1e-14))
        #expect(isClose(lognormal.standardDeviation, 0.9058507998163217, tolerance: 1e-14))
        let triangular = Distribution.triangular(low: 0, mode: 1, high: 4)
        #expect(isClose(triangular.mean, 5.0 / 3, tolerance: 1e-15))
        #expect(isClose(triangular.standardDeviation, 0.8498365855987975, tolerance: 1e-14))
        let empirical = Distribution.empirical([3, 1, 2, 2, 5, 2, 8])
        #expect(isClose(empirical.mean, 23.0 / 7, tolerance: 1e-15))
        #expect(isClose(empirical.standardDeviation, 2.249716535431946, tolerance: 1e-14))
        #expect(Distribution.uniform(low: -2, high: 4).standardDeviation == 6 / 12.0.squareRoot())
        #expect(Distribution.bernoulli(0.3).mean == 0.3)
        #expect(isClose(Distribution.bernoulli(0.3).standardDeviation, 0.21.squareRoot(), tolerance: 1e-15))
        #expect(Distribution.fixed(7).mean == 7 && Distribution.fixed(7).standardDeviation == 0)
    }
}
