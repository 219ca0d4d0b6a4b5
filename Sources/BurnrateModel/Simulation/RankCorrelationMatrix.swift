import RealModule

/// Rank (Spearman) correlations between a simulation's inputs, and the Gaussian copula that
/// draws them: independent normal draws times the Cholesky factor of the normal-scale matrix
/// become correlated normals, whose levels Φ(z) each input's quantile function turns into a
/// draw. A rank correlation r is asked of the normals as ρ = 2 sin(π r / 6), which gives the
/// draws rank correlation r whatever their distributions.
public struct RankCorrelationMatrix: Sendable, Equatable {
    public let size: Int
    /// Row-major; 1 on the diagonal, symmetric.
    private var ranks: [Double]

    /// No two inputs correlated.
    public init(size: Int) {
        self.size = size
        ranks = [Double](repeating: 0, count: size * size)
        for index in 0..<size { ranks[index * size + index] = 1 }
    }

    public subscript(row: Int, column: Int) -> Double {
        get { ranks[row * size + column] }
        set {
            guard row != column else { return }
            ranks[row * size + column] = newValue
            ranks[column * size + row] = newValue
        }
    }

    /// The normal-scale correlation that gives rank correlation `rank`.
    public static func normalScale(_ rank: Double) -> Double { 2 * Double.sin(Double.pi * rank / 6) }

    /// The Cholesky factor of the normal-scale matrix; nil when that matrix is not positive
    /// semi-definite (no set of inputs can have these correlations together). A zero pivot (a
    /// correlation of exactly ±1, or an input that others determine) is allowed.
    public func copula() -> GaussianCopula? {
        let tolerance = 1e-10
        var factor = [Double](repeating: 0, count: size * size)
        for row in 0..<size {
            for column in 0...row {
                var sum = row == column ? 1 : Self.normalScale(self[row, column])
                for inner in 0..<column { sum -= factor[row * size + inner] * factor[column * size + inner] }
                if row == column {
                    guard sum > -tolerance else { return nil }
                    factor[row * size + row] = max(0, sum).squareRoot()
                } else {
                    let pivot = factor[column * size + column]
                    if pivot > tolerance {
                        factor[row * size + column] = sum / pivot
                    } else if abs(sum) > 1e-8 {
                        return nil
                    }
                }
            }
        }
        return GaussianCopula(size: size, factor: factor)
    }
}

/// Correlated probability levels from independent ones (see `RankCorrelationMatrix`).
public struct GaussianCopula: Sendable, Equatable {
    public let size: Int
    /// Lower-triangular, row-major.
    let factor: [Double]

    /// Replaces `size` independent levels in (0, 1) by correlated ones; `scratch` holds `size` values.
    public func correlate(_ levels: UnsafeMutableBufferPointer<Double>, scratch: UnsafeMutableBufferPointer<Double>) {
        precondition(levels.count >= size && scratch.count >= size)
        guard size > 0 else { return }
        let (levels, scratch) = (levels.baseAddress!, scratch.baseAddress!)
        for index in 0..<size { scratch[index] = Sampler.standardNormalQuantile(levels[index]) }
        factor.withUnsafeBufferPointer { factor in
            NormalCDFTable.nodes.withUnsafeBufferPointer { nodes in
                var row = factor.baseAddress!
                for index in 0..<size {
                    var z = 0.0
                    for column in 0...index { z += row[column] * scratch[column] }
                    levels[index] = min(max(NormalCDFTable.cdf(z, nodes: nodes), 0x1p-53), 1 - 0x1p-53)
                    row += size
                }
            }
        }
    }
}
