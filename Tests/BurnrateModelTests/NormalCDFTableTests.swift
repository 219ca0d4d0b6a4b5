import Testing
@testable import BurnrateModel

/// The copula's table of Φ against erfc's Φ, on a grid finer than the table's.
@Suite struct NormalCDFTableTests {
    @Test func theTableIsWithinItsStatedErrorOfErfc() {
        var worst = 0.0, worstRelative = 0.0
        for index in 0...240_000 {
            let z = -6 + Double(index) / 20_000
            let exact = Distribution.standardNormalCDF(z)
            let error = abs(NormalCDFTable.cdf(z) - exact)
            worst = max(worst, error)
            worstRelative = max(worstRelative, error / exact)
        }
        #expect(worst < 6e-12, "\(worst)")
        #expect(worstRelative < 2e-5, "\(worstRelative)")
        // at the nodes and beyond the table, exactly erfc's
        #expect(NormalCDFTable.cdf(0) == 0.5)
        #expect(NormalCDFTable.cdf(-5.5) == Distribution.standardNormalCDF(-5.5))
        #expect(NormalCDFTable.cdf(5) == Distribution.standardNormalCDF(5))
    }
}
