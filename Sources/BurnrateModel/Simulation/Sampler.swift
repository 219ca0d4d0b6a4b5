import RealModule

/// A distribution made ready to draw from: `value(at: u)` is its u-th quantile, for u in (0, 1).
/// Shapes without a closed-form quantile (beta-PERT) keep a table of it, built once; an
/// empirical one keeps its values sorted, however they were listed.
public struct Sampler: Sendable {
    public let distribution: Distribution
    /// Beta-PERT's quantiles at `i / (count - 1)`, as parts of the way from low to high (0 … 1),
    /// empty otherwise. In single precision: reading between two of them already moves a draw's
    /// level by up to 1 / 4,096, far beyond a Float's rounding (6 × 10⁻⁸), and in double
    /// precision a scenario's tables were a sixth of the dashboard's peak heap during a run.
    private let quantiles: [Float]
    /// An empirical's values in ascending order, exactly as listed; empty otherwise.
    private let sortedValues: [Double]
    /// The distribution as a draw reads it, with the parts of its quantile function that do not
    /// depend on u worked out once: every path draws every input.
    private let shape: Shape

    private enum Shape {
        case constant(Double)
        case uniform(low: Double, width: Double)
        /// `rising` = (high − low)(mode − low), `falling` = (high − low)(high − mode).
        case triangular(low: Double, high: Double, split: Double, rising: Double, falling: Double)
        case normal(mean: Double, sd: Double)
        case lognormal(median: Double, sigma: Double)
        /// Read from `quantiles`, then scaled from low to high.
        case interpolated(low: Double, width: Double)
        case bernoulli(Double)
        case sorted
    }

    public init(_ distribution: Distribution) {
        self.distribution = distribution
        switch distribution {
        case .pert(let low, let mode, let high) where high > low:
            quantiles = Self.pertQuantiles(low: low, mode: mode, high: high, points: Self.tablePoints)
            sortedValues = []
        case .empirical(let values):
            quantiles = []
            sortedValues = values.sorted()
        default:
            quantiles = []
            sortedValues = []
        }
        shape = switch distribution {
        case .fixed(let value): .constant(value)
        case .uniform(let low, let high): .uniform(low: low, width: high - low)
        case .triangular(let low, let mode, let high):
            high > low ? .triangular(low: low, high: high, split: (mode - low) / (high - low),
                                     rising: (high - low) * (mode - low), falling: (high - low) * (high - mode))
                : .constant(low)
        case .normal(let mean, let sd): .normal(mean: mean, sd: sd)
        case .lognormal(let median, let sigma): .lognormal(median: median, sigma: sigma)
        case .pert(let low, _, let high): high > low ? .interpolated(low: low, width: high - low) : .constant(low)
        case .bernoulli(let probability): .bernoulli(probability)
        case .empirical(let values): values.isEmpty ? .constant(0) : .sorted
        }
    }

    /// Points of a quantile table: interpolating between them moves a draw's probability level
    /// by at most 1 / (points − 1).
    static let tablePoints = 4097

    /// The u-th quantile; u is clamped into [0, 1].
    @inline(__always)
    public func value(at u: Double) -> Double {
        let u = min(1, max(0, u))
        switch shape {
        case .constant(let value):
            return value
        case .uniform(let low, let width):
            return low + u * width
        case .triangular(let low, let high, let split, let rising, let falling):
            return u < split ? low + (rising * u).squareRoot() : high - (falling * (1 - u)).squareRoot()
        case .normal(let mean, let sd):
            return mean + sd * Self.standardNormalQuantile(u)
        case .lognormal(let median, let sigma):
            return median * Double.exp(sigma * Self.standardNormalQuantile(u))
        case .interpolated(let low, let width):
            return quantiles.withUnsafeBufferPointer { table in
                let position = u * Double(table.count - 1)
                let index = min(table.count - 2, Int(position))
                let fraction = position - Double(index)
                let below = Double(table[index])
                return low + (below + fraction * (Double(table[index + 1]) - below)) * width
            }
        case .bernoulli(let probability):
            // u + p > 1 rather than u > 1 − p: 1 − 0.9 rounds below 0.1, which made the 10th
            // percentile of a 90 % chance "yes" (a tornado read "yes → yes"). Picked as an
            // integer and converted: picked as a Double it compiled to a branch, which a chance
            // draw makes guess wrong.
            return Double(u + probability > 1 ? 1 : 0 as Int)
        case .sorted:
            return sortedValues.withUnsafeBufferPointer { values in values[min(values.count - 1, Int(u * Double(values.count)))] }
        }
    }

    /// Φ⁻¹(u) by Acklam's rational approximation (relative error below 1.2 × 10⁻⁹); ±∞ at 0 and 1.
    /// Its coefficients are written out rather than held in arrays: four arrays a call, each
    /// a static object the runtime hands out, were 300 instructions of a path's 7,000.
    @inline(__always)
    public static func standardNormalQuantile(_ u: Double) -> Double {
        if u <= 0 { return -.infinity }
        if u >= 1 { return .infinity }
        let lowTail = 0.02425
        if u < lowTail { return tail((-2 * Double.log(u)).squareRoot()) }
        if u > 1 - lowTail { return -tail((-2 * Double.log(1 - u)).squareRoot()) }
        let q = u - 0.5, r = q * q
        return (((((-3.969683028665376e+01 * r + 2.209460984245205e+02) * r + -2.759285104469687e+02) * r
            + 1.383577518672690e+02) * r + -3.066479806614716e+01) * r + 2.506628277459239e+00) * q
            / (((((-5.447609879822406e+01 * r + 1.615858368580409e+02) * r + -1.556989798598866e+02) * r
                + 6.680131188771972e+01) * r + -1.328068155288572e+01) * r + 1)
    }

    /// Acklam's approximation in the tails, at q = √(−2 log p) for the tail's probability p.
    private static func tail(_ q: Double) -> Double {
        (((((-7.784894002430293e-03 * q + -3.223964580411365e-01) * q + -2.400758277161838e+00) * q
            + -2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
            / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q
                + 3.754408661907416e+00) * q + 1)
    }

    /// The quantile function of beta-PERT at `points` evenly spaced levels, as parts of the way
    /// from low to high: the density integrated on a fine grid (midpoint rule on 4 × `points`
    /// cells), then inverted.
    private static func pertQuantiles(low: Double, mode: Double, high: Double, points: Int) -> [Float] {
        let (alpha, beta) = Distribution.pertShape(low: low, mode: mode, high: high)
        let cells = 4 * points
        var cumulative = [Double](repeating: 0, count: cells + 1)
        for cell in 0..<cells {
            let x = (Double(cell) + 0.5) / Double(cells)
            cumulative[cell + 1] = cumulative[cell] + Double.pow(x, alpha - 1) * Double.pow(1 - x, beta - 1)
        }
        let total = cumulative[cells]
        var quantiles = [Float](repeating: 0, count: points)
        var cell = 0
        for point in 0..<points {
            let target = total * Double(point) / Double(points - 1)
            while cell < cells - 1 && cumulative[cell + 1] < target { cell += 1 }
            let width = cumulative[cell + 1] - cumulative[cell]
            let within = width > 0 ? (target - cumulative[cell]) / width : 0
            let x = (Double(cell) + min(1, max(0, within))) / Double(cells)
            quantiles[point] = Float(x)
        }
        return quantiles
    }
}
