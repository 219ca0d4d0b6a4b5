import BurnrateModel

/// The statistics the sampling tests judge by, written out so the tests depend on nothing else.
enum Statistics {
    /// The draws every statistical test uses: 100,000, from a fixed seed, so each test gives the
    /// same statistic on every run.
    static let drawCount = 100_000
    static let seed: UInt64 = 20_260_212

    /// The Kolmogorov–Smirnov critical value at α = 0.01 for `count` draws (large-sample form).
    static func ksCritical(_ count: Int) -> Double { 1.628 / Double(count).squareRoot() }

    /// Draw 0 of paths 0..<count, each through `sampler`.
    static func draws(_ sampler: Sampler, count: Int = drawCount, seed: UInt64 = seed) -> [Double] {
        (0..<count).map { sampler.value(at: PathRandom(seed: seed, path: $0).uniform(0)) }
    }

    /// sup |F_n − F| for a continuous F: at each order statistic, from both sides of its step.
    static func ksStatistic(_ draws: [Double], cdf: (Double) -> Double) -> Double {
        let sorted = draws.sorted(), n = Double(sorted.count)
        var largest = 0.0
        for (index, value) in sorted.enumerated() {
            let level = cdf(value)
            largest = max(largest, Double(index + 1) / n - level, level - Double(index) / n)
        }
        return largest
    }

    /// sup |F_n − F| for a discrete F whose support is `support`: both are steps at those points
    /// and flat between them, so the supremum is at one of them. Nil if a draw is off the support.
    static func discreteKSStatistic(_ draws: [Double], support: [Double], cdf: (Double) -> Double) -> Double? {
        guard draws.allSatisfy(support.contains) else { return nil }
        let n = Double(draws.count)
        return support.map { point in abs(Double(draws.count { $0 <= point }) / n - cdf(point)) }.max()
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n, meanY = y.reduce(0, +) / n
        var xy = 0.0, xx = 0.0, yy = 0.0
        for (a, b) in zip(x, y) {
            xy += (a - meanX) * (b - meanY)
            xx += (a - meanX) * (a - meanX)
            yy += (b - meanY) * (b - meanY)
        }
        return xy / (xx * yy).squareRoot()
    }

    /// Spearman's rank correlation: Pearson's on the ranks (the draws here have no ties).
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        pearson(ranks(x), ranks(y))
    }

    private static func ranks(_ values: [Double]) -> [Double] {
        var ranks = [Double](repeating: 0, count: values.count)
        for (rank, index) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() {
            ranks[index] = Double(rank)
        }
        return ranks
    }
}
