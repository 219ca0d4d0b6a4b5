import RealModule

/// Φ(z), the standard normal cdf, read from a table: the copula asks it for every correlated
/// input of every path, and glibc's erfc was a sixth of a path. Between nodes 1/128 apart on
/// −5…5 the table interpolates with cubic Hermite polynomials on Φ and its derivative φ, within
/// 6 × 10⁻¹² of Φ (2 × 10⁻⁵ of it, relatively, at the edge of the lower tail, Φ(−5) ≈ 3 × 10⁻⁷);
/// beyond, where a path draws once in three million, it is erfc's.
enum NormalCDFTable {
    static let step = 1.0 / 128
    static let limit = 5.0
    /// Φ and φ at −limit + i × step.
    static let nodes: [Node] = {
        let count = Int(2 * limit / step) + 1
        return (0..<count).map { index in
            let z = -limit + Double(index) * step
            return Node(cdf: Distribution.standardNormalCDF(z), density: Double.exp(-z * z / 2) / (2 * Double.pi).squareRoot())
        }
    }()

    struct Node {
        let cdf: Double
        let density: Double
    }

    static func cdf(_ z: Double) -> Double {
        nodes.withUnsafeBufferPointer { cdf(z, nodes: $0) }
    }

    /// Φ(z) from `nodes`, which a caller asking for many takes once: reading the lazily made
    /// table costs a check of whether it is made yet.
    @inline(__always)
    static func cdf(_ z: Double, nodes: UnsafeBufferPointer<Node>) -> Double {
        guard z > -limit, z < limit else { return Distribution.standardNormalCDF(z) }
        let position = (z + limit) / step
        let index = Int(position)
        let t = position - Double(index)
        let (low, high) = (nodes[index], nodes[index + 1])
        let s = 1 - t
        return (1 + 2 * t) * s * s * low.cdf + t * s * s * step * low.density
            + t * t * (3 - 2 * t) * high.cdf - t * t * s * step * high.density
    }
}
