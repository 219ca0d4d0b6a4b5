import RealModule

extension Distribution {
    /// The probability that a draw is at most `x`: what `Sampler.value(at:)` inverts, and what the
    /// statistical tests hold the samplers to. A shape of zero width (`high == low`, `sd` or
    /// `sigma` 0) is a step at its value; an empty `empirical` is 0 always, as the sampler draws it.
    public func cdf(_ x: Double) -> Double {
        switch self {
        case .fixed(let value):
            return x < value ? 0 : 1
        case .uniform(let low, let high):
            guard high > low else { return x < low ? 0 : 1 }
            return min(1, max(0, (x - low) / (high - low)))
        case .triangular(let low, let mode, let high):
            guard high > low else { return x < low ? 0 : 1 }
            if x <= low { return 0 }
            if x >= high { return 1 }
            if x < mode { return (x - low) * (x - low) / ((high - low) * (mode - low)) }
            return 1 - (high - x) * (high - x) / ((high - low) * (high - mode))
        case .normal(let mean, let sd):
            guard sd > 0 else { return x < mean ? 0 : 1 }
            return Self.standardNormalCDF((x - mean) / sd)
        case .lognormal(let median, let sigma):
            guard sigma > 0 else { return x < median ? 0 : 1 }
            guard x > 0 else { return 0 }
            return Self.standardNormalCDF(Double.log(x / median) / sigma)
        case .pert(let low, let mode, let high):
            guard high > low else { return x < low ? 0 : 1 }
            let (alpha, beta) = Self.pertShape(low: low, mode: mode, high: high)
            return Self.regularizedIncompleteBeta(alpha, beta, (x - low) / (high - low))
        case .bernoulli(let probability):
            return x < 0 ? 0 : x < 1 ? 1 - probability : 1
        case .empirical(let values):
            guard !values.isEmpty else { return x < 0 ? 0 : 1 }
            return Double(values.count { $0 <= x }) / Double(values.count)
        }
    }

    /// The expected value of a draw (an empty `empirical` draws 0).
    public var mean: Double {
        switch self {
        case .fixed(let value): value
        case .uniform(let low, let high): (low + high) / 2
        case .triangular(let low, let mode, let high): (low + mode + high) / 3
        case .normal(let mean, _): mean
        case .lognormal(let median, let sigma): median * Double.exp(sigma * sigma / 2)
        case .pert(let low, let mode, let high): (low + 4 * mode + high) / 6
        case .bernoulli(let probability): probability
        case .empirical(let values): values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        }
    }

    /// The standard deviation of a draw; for `empirical` that of the listed values themselves
    /// (divided by their count, not count − 1: they are the whole distribution, not a sample).
    public var standardDeviation: Double {
        switch self {
        case .fixed:
            return 0
        case .uniform(let low, let high):
            return abs(high - low) / 12.0.squareRoot()
        case .triangular(let low, let mode, let high):
            let variance = (low * low + mode * mode + high * high - low * mode - low * high - mode * high) / 18
            return max(0, variance).squareRoot()
        case .normal(_, let sd):
            return sd
        case .lognormal(let median, let sigma):
            let spread = sigma * sigma
            return abs(median) * Double.exp(spread / 2) * Double.expMinusOne(spread).squareRoot()
        case .pert(let low, let mode, let high):
            guard high > low else { return 0 }
            let (alpha, beta) = Self.pertShape(low: low, mode: mode, high: high)
            return (high - low) * (alpha * beta / ((alpha + beta) * (alpha + beta) * (alpha + beta + 1))).squareRoot()
        case .bernoulli(let probability):
            return (probability * (1 - probability)).squareRoot()
        case .empirical(let values):
            guard !values.isEmpty else { return 0 }
            let mean = mean
            return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
        }
    }

    /// Φ(z), through erfc so that the lower tail keeps its relative precision.
    static func standardNormalCDF(_ z: Double) -> Double {
        0.5 * Double.erfc(-z / 2.0.squareRoot())
    }

    /// The beta distribution's shape parameters for a beta-PERT over `low`…`high` (high > low).
    static func pertShape(low: Double, mode: Double, high: Double) -> (alpha: Double, beta: Double) {
        (1 + 4 * (mode - low) / (high - low), 1 + 4 * (high - mode) / (high - low))
    }

    /// I_x(a, b), the beta distribution's cdf, for a, b > 0 (Numerical Recipes, `betai`): the
    /// continued fraction converges quickly for x < (a + 1) / (a + b + 2); above that the same
    /// fraction is used for 1 − I_(1−x)(b, a).
    static func regularizedIncompleteBeta(_ a: Double, _ b: Double, _ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = Double.logGamma(a + b) - Double.logGamma(a) - Double.logGamma(b)
            + a * Double.log(x) + b * Double.log(onePlus: -x)
        let front = Double.exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            return front * betaContinuedFraction(a, b, x) / a
        }
        return 1 - front * betaContinuedFraction(b, a, 1 - x) / b
    }

    /// The continued fraction of I_x(a, b) by the modified Lentz method (Numerical Recipes,
    /// `betacf`), to a relative change below 1e-15 between terms.
    private static func betaContinuedFraction(_ a: Double, _ b: Double, _ x: Double) -> Double {
        let tiny = 1e-300
        let sum = a + b, up = a + 1, down = a - 1
        var c = 1.0
        var d = 1 - sum * x / up
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        for m in 1...300 {
            let m = Double(m), twoM = 2 * m
            // The even step of the fraction, then the odd one.
            var numerator = m * (b - m) * x / ((down + twoM) * (a + twoM))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            numerator = -(a + m) * (sum + m) * x / ((a + twoM) * (up + twoM))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            fraction *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return fraction
    }
}
