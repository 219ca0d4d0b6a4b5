import Glibc
import Testing
@testable import BurnrateModel

/// The quantile functions the samplers draw through, inverted back by the cdf.
@Suite struct QuantileFunctionAccuracyTests {
    /// 10⁻¹² … 10⁻¹, every thousandth, and 1 − 10⁻¹ … 1 − 10⁻¹².
    static let levels: [Double] = (1...12).map { pow(10, -Double($0)) } + (1...999).map { Double($0) / 1000 }
        + (1...12).map { 1 - pow(10, -Double($0)) }

    /// Acklam's Φ⁻¹: Φ of what it returns is within 1e-9 of the level asked (so the draws' cdf is
    /// within 1e-9 of the normal's everywhere), and the value within Acklam's stated relative
    /// error of 1.2e-9 of the exact quantile, both through glibc's erfc.
    @Test func standardNormalQuantileInvertsPhi() {
        var worstLevel = 0.0, worstRelative = 0.0
        for level in Self.levels {
            let x = Sampler.standardNormalQuantile(level)
            // the side of the smaller tail, where its probability keeps full precision
            let levelError = level < 0.5 ? abs(0.5 * erfc(-x / 2.0.squareRoot()) - level)
                : abs(0.5 * erfc(x / 2.0.squareRoot()) - (1 - level))
            let density = exp(-x * x / 2) / (2 * Double.pi).squareRoot()
            worstLevel = max(worstLevel, levelError)
            worstRelative = max(worstRelative, levelError / density / max(abs(x), 1e-300))
        }
        #expect(worstLevel < 1e-9, "worst |Φ(x) − u| \(worstLevel)")
        #expect(worstRelative < 1.2e-9, "worst relative error of x \(worstRelative)")
        #expect(Sampler.standardNormalQuantile(0.5) == 0)
        #expect(Sampler.standardNormalQuantile(0) == -.infinity && Sampler.standardNormalQuantile(1) == .infinity)
    }

    static let perts: [(low: Double, mode: Double, high: Double)] = [
        (0, 3, 24), (-1, 0, 1), (5, 5, 6), (5, 6, 6), (1e9, 4e9, 5e9),
    ]

    /// The beta-PERT table, read between its points, moves a level by at most one table step,
    /// and stays within the range (its top may fall short of `high` where the density has
    /// vanished in floating point).
    @Test(arguments: perts)
    func pertTableInvertsTheIncompleteBeta(_ shape: (low: Double, mode: Double, high: Double)) {
        let distribution = Distribution.pert(low: shape.low, mode: shape.mode, high: shape.high)
        let sampler = Sampler(distribution)
        let step = 1 / Double(Sampler.tablePoints - 1)
        let levels = (0...10_007).map { Double($0) / 10_007 }
        let worst = levels.map { abs(distribution.cdf(sampler.value(at: $0)) - $0) }.max()!
        #expect(worst <= step, "worst level error \(worst), step \(step)")
        #expect(sampler.value(at: 0) == shape.low && sampler.value(at: 1) <= shape.high)
    }
}
