import RealModule

/// A distribution made ready to draw from: `value(at: u)` is its u-th quantile, for u in (0, 1).
/// Shapes without a closed-form quantile (beta-PERT) keep a table of it, built once; an
/// empirical one keeps its values sorted, however they were listed.
public struct Sampler: Sendable {
    public let distribution: Distribution
    /// Quantiles at `i / (count - 1)` for beta-PERT; an empirical's values in ascending order;
    /// empty otherwise.
    private let table: [Double]

    public init(_ distribution: Distribution) {
        self.distribution = distribution
        switch distribution {
        case .pert(let low, let mode, let high) where high > low:
            table = Self.pertQuantiles(low: low, mode: mode, high: high, points: Self.tablePoints)
        case .empirical(let values):
            table = values.sorted()
        default:
            table = []
        }
    }

    /// Points of a quantile table: interpolating between them moves a draw's probability level
    /// by at most 1 / (points − 1).
    static let tablePoints = 4097

    /// The u-th quantile; u is clamped into [0, 1].
    public func value(at u: Double) -> Double {
        let u = min(1, max(0, u))
        switch distribution {
        case .fixed(let value):
            return value
        case .uniform(let low, let high):
            return low + u * (high - low)
        case .triangular(let low, let mode, let high):
            guard high > low else { return low }
            let split = (mode - low) / (high - low)
            return u < split ? low + ((high - low) * (mode - low) * u).squareRoot()
                : high - ((high - low) * (high - mode) * (1 - u)).squareRoot()
        case .normal(let mean, let sd):
            return mean + sd * Self.standardNormalQuantile(u)
        case .lognormal(let median, let sigma):
            return median * Double.exp(sigma * Self.standardNormalQuantile(u))
        case .pert(let low, _, let high):
            guard high > low else { return low }
            let position = u * Double(table.count - 1)
            let index = min(table.count - 2, Int(position))
            let fraction = position - Double(index)
            return table[index] + fraction * (table[index + 1] - table[index])
        case .bernoulli(let probability):
            // u + p > 1 rather than u > 1 − p: 1 − 0.9 rounds below 0.1, which made the 10th
            // percentile of a 90 % chance "yes" (a tornado read "yes → yes").
            return u + probability > 1 ? 1 : 0
        case .empirical:
            guard !table.isEmpty else { return 0 }
            return table[min(table.count - 1, Int(u * Double(table.count)))]
        }
    }

    /// Φ⁻¹(u) by Acklam's rational approximation (relative error below 1.2 × 10⁻⁹); ±∞ at 0 and 1.
    public static func standardNormalQuantile(_ u: Double) -> Double {
        if u <= 0 { return -.infinity }
        if u >= 1 { return .infinity }
        let a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00]
        let b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                 6.680131188771972e+01, -1.328068155288572e+01]
        let c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                 -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00]
        let d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
        let lowTail = 0.02425
        func tail(_ q: Double) -> Double {
            (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
        }
        if u < lowTail { return tail((-2 * Double.log(u)).squareRoot()) }
        if u > 1 - lowTail { return -tail((-2 * Double.log(1 - u)).squareRoot()) }
        let q = u - 0.5, r = q * q
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
            / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
    }

    /// The quantile function of beta-PERT at `points` evenly spaced levels: the density
    /// integrated on a fine grid (midpoint rule on 4 × `points` cells), then inverted.
    private static func pertQuantiles(low: Double, mode: Double, high: Double, points: Int) -> [Double] {
        let (alpha, beta) = Distribution.pertShape(low: low, mode: mode, high: high)
        let cells = 4 * points
        var cumulative = [Double](repeating: 0, count: cells + 1)
        for cell in 0..<cells {
            let x = (Double(cell) + 0.5) / Double(cells)
            cumulative[cell + 1] = cumulative[cell] + Double.pow(x, alpha - 1) * Double.pow(1 - x, beta - 1)
        }
        let total = cumulative[cells]
        var quantiles = [Double](repeating: low, count: points)
        var cell = 0
        for point in 0..<points {
            let target = total * Double(point) / Double(points - 1)
            while cell < cells - 1 && cumulative[cell + 1] < target { cell += 1 }
            let width = cumulative[cell + 1] - cumulative[cell]
            let within = width > 0 ? (target - cumulative[cell]) / width : 0
            let x = (Double(cell) + min(1, max(0, within))) / Double(cells)
            quantiles[point] = low + x * (high - low)
        }
        return quantiles
    }
}
