/// How an uncertain input of a scenario may turn out: the shape a simulation draws it from.
///
/// Every shape is drawn through its quantile function (`Sampler`), so that a draw at the
/// probability level u is the input's u-th quantile: correlated inputs share levels through a
/// Gaussian copula, and a driver's 10th and 90th percentiles are `quantile(0.1)` and `quantile(0.9)`.
public enum Distribution: Sendable, Equatable {
    /// Always this value.
    case fixed(Double)
    /// Every value between the two equally likely.
    case uniform(low: Double, high: Double)
    /// Rising straight from `low` to `mode`, falling straight to `high`.
    case triangular(low: Double, mode: Double, high: Double)
    case normal(mean: Double, sd: Double)
    /// Its logarithm is normal: half the draws fall below `median`; `sigma` is the standard
    /// deviation of the logarithm.
    case lognormal(median: Double, sigma: Double)
    /// Beta-PERT: a beta distribution over `low`…`high` with its mode at `mode` and the usual
    /// weight of 4 on the mode (mean = (low + 4 mode + high) / 6).
    case pert(low: Double, mode: Double, high: Double)
    /// 1 with this probability, else 0.
    case bernoulli(Double)
    /// Each of these values equally likely, listed in any order.
    case empirical([Double])

    /// The name a scenario file gives the shape.
    public var name: String {
        switch self {
        case .fixed: "fixed"
        case .uniform: "uniform"
        case .triangular: "triangular"
        case .normal: "normal"
        case .lognormal: "lognormal"
        case .pert: "pert"
        case .bernoulli: "bernoulli"
        case .empirical: "empirical"
        }
    }
}
