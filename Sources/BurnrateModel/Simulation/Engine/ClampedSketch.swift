/// A quantile sketch that also keeps the least and the greatest value counted, and reads every
/// quantile within them: when all paths agree (a scenario without uncertainty, a runway that
/// always reaches the horizon) each quantile is that value exactly, not its bucket's midpoint.
/// Minimum and maximum merge in any order to the same result, as the counts do.
struct ClampedSketch: Sendable, Equatable {
    private var sketch: QuantileSketch
    private var lowest = Double.infinity
    private var highest = -Double.infinity

    init(zeroWidth: Double) {
        sketch = QuantileSketch(zeroWidth: zeroWidth)
    }

    @inline(__always)
    mutating func add(_ value: Double) {
        sketch.add(value)
        lowest = min(lowest, value)
        highest = max(highest, value)
    }

    mutating func merge(_ other: ClampedSketch) {
        sketch.merge(other.sketch)
        lowest = min(lowest, other.lowest)
        highest = max(highest, other.highest)
    }

    func quantiles() -> Quantiles? {
        guard let quantiles = sketch.quantiles() else { return nil }
        func clamped(_ value: Double) -> Double { min(highest, max(lowest, value)) }
        return Quantiles(p5: clamped(quantiles.p5), p25: clamped(quantiles.p25), p50: clamped(quantiles.p50),
                         p75: clamped(quantiles.p75), p95: clamped(quantiles.p95))
    }
}
