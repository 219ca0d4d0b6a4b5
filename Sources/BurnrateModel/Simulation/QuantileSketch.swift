/// Counts of values in fixed log-linear buckets: memory that does not grow with the number of
/// values, merging by adding counts (so the result never depends on the order values came in
/// or on how they were split between threads), and quantiles within a stated error.
///
/// A value whose magnitude is at least `zeroWidth` falls in the bucket of its binary exponent
/// and the first `mantissaBits` bits of its mantissa, a bucket no wider than 2^−mantissaBits of
/// its lower edge; a quantile is read as its bucket's midpoint, so it is within
/// `relativeError` (2^−(mantissaBits+1)) of the true quantile of the values counted. Smaller
/// magnitudes count as 0, an error of less than `zeroWidth`. Magnitudes of 2^48 × 2^e and beyond,
/// where 2^e ≤ zeroWidth < 2^(e+1), count in the last bucket and read as (almost) 2^48 × 2^e.
public struct QuantileSketch: Sendable, Equatable {
    public static let mantissaBits = 7
    static let exponents = 48
    static let bucketsPerSign = exponents << mantissaBits

    public let zeroWidth: Double
    private let lowestExponent: Int
    /// Negative values' buckets, then positive values', each kept only over the exponents its
    /// values reached (`SketchBuckets`): a value's sign picks a half by index, not by a branch.
    private var halves = [SketchBuckets(), SketchBuckets()]
    private var zeros: UInt64 = 0
    public private(set) var count: Int = 0

    public static var relativeError: Double { 1 / Double(1 << (mantissaBits + 1)) }

    /// `zeroWidth` > 0: the magnitude below which values count as 0.
    public init(zeroWidth: Double) {
        self.zeroWidth = zeroWidth
        lowestExponent = Int(zeroWidth.exponent)
    }

    @inline(__always)
    public mutating func add(_ value: Double) {
        count += 1
        let magnitude = abs(value)
        guard magnitude >= zeroWidth else {
            zeros += 1
            return
        }
        // The sign picks the half by arithmetic on its bit, not `value > 0 ? … : …`, which
        // compiled to a branch (a path's cash is as often below zero as above). A value here is
        // not zero, nor NaN: its sign bit says whether it is above zero.
        let negative = Int(truncatingIfNeeded: value.bitPattern >> 63)
        halves[1 - negative].add(bucket(of: magnitude))
    }

    @inline(__always)
    private func bucket(of magnitude: Double) -> Int {
        guard magnitude.isFinite else { return Self.bucketsPerSign - 1 }
        let bits = magnitude.bitPattern
        let exponent = Int((bits >> 52) & 0x7FF) - 1023 - lowestExponent
        let mantissa = Int((bits >> UInt64(52 - Self.mantissaBits)) & UInt64((1 << Self.mantissaBits) - 1))
        return min(Self.bucketsPerSign - 1, max(0, exponent << Self.mantissaBits | mantissa))
    }

    /// The midpoint of a bucket's magnitudes.
    private func magnitude(ofBucket bucket: Int) -> Double {
        let exponent = (bucket >> Self.mantissaBits) + lowestExponent
        let mantissa = Double(bucket & ((1 << Self.mantissaBits) - 1))
        let scale = Double(1 << Self.mantissaBits)
        return Double(sign: .plus, exponent: exponent, significand: 1 + (mantissa + 0.5) / scale)
    }

    public mutating func merge(_ other: QuantileSketch) {
        precondition(other.zeroWidth == zeroWidth, "sketches of different resolutions")
        halves[0].merge(other.halves[0])
        halves[1].merge(other.halves[1])
        zeros += other.zeros
        count += other.count
    }

    /// The q-quantile (0 ≤ q ≤ 1) of the values counted: the ⌈q·n⌉-th smallest (the smallest for
    /// q = 0), within the stated error; nil when nothing was counted.
    public func quantile(_ q: Double) -> Double? {
        quantiles(at: [q])?[0]
    }

    public func quantiles() -> Quantiles? {
        guard let values = quantiles(at: [0.05, 0.25, 0.5, 0.75, 0.95]) else { return nil }
        return Quantiles(p5: values[0], p25: values[1], p50: values[2], p75: values[3], p95: values[4])
    }

    /// `quantile(q)` for each of `levels` (ascending), in one pass over the buckets: a run
    /// reports its quantiles several times, and a sketch may hold up to 12,288 buckets.
    private func quantiles(at levels: [Double]) -> [Double]? {
        guard count > 0 else { return nil }
        let ranks = levels.map { max(1, Int(($0 * Double(count)).rounded(.up))) }
        var found: [Double] = []
        var seen = 0
        func reached(_ value: Double) {
            while found.count < ranks.count && seen >= ranks[found.count] { found.append(value) }
        }
        let (negative, positive) = (halves[0], halves[1])
        for bucket in negative.range.reversed() where negative[bucket] > 0 {
            seen += Int(negative[bucket])
            reached(-magnitude(ofBucket: bucket))
        }
        seen += Int(zeros)
        reached(0)
        for bucket in positive.range where positive[bucket] > 0 {
            seen += Int(positive[bucket])
            reached(magnitude(ofBucket: bucket))
        }
        while found.count < ranks.count { found.append(magnitude(ofBucket: Self.bucketsPerSign - 1)) }
        return found
    }
}
