/// The counts of one sign of a `QuantileSketch`, kept only over the binary exponents a value has
/// reached: a year's cash spans a few powers of two of the sketch's 48, so a tally holds a few
/// KB where every bucket would take 24 KB a sign, which the dashboard's launch run paid in
/// resident memory for every worker. Buckets outside the range count 0.
struct SketchBuckets: Sendable {
    private(set) var first = 0
    private(set) var counts: [UInt32] = []

    /// Buckets are added a whole exponent (this many buckets) at a time.
    private static let run = 1 << QuantileSketch.mantissaBits

    var end: Int { first + counts.count }

    subscript(bucket: Int) -> UInt32 {
        let offset = bucket &- first
        return offset >= 0 && offset < counts.count ? counts[offset] : 0
    }

    @inline(__always)
    mutating func add(_ bucket: Int, count: UInt32 = 1) {
        let offset = bucket &- first
        if offset >= 0 && offset < counts.count {
            counts[offset] &+= count
        } else {
            cover(bucket)
            counts[bucket - first] &+= count
        }
    }

    /// Widens the range to the whole exponents from its own to `bucket`'s.
    private mutating func cover(_ bucket: Int) {
        let low = bucket / Self.run * Self.run
        widen(toHold: low..<low + Self.run)
    }

    /// Makes the range hold `wanted` (whole exponents) as well as its own, in an array of
    /// exactly that size: grown as arrays grow, by doubling, half a tally could be spare
    /// capacity, and the dashboard's runs hold a tally a worker.
    private mutating func widen(toHold wanted: Range<Int>) {
        let range = counts.isEmpty ? wanted : min(first, wanted.lowerBound)..<max(end, wanted.upperBound)
        guard range != first..<end else { return }
        var grown: [UInt32] = []
        grown.reserveCapacity(range.count)
        if counts.isEmpty {
            grown.append(contentsOf: repeatElement(0, count: range.count))
        } else {
            grown.append(contentsOf: repeatElement(0, count: first - range.lowerBound))
            grown.append(contentsOf: counts)
            grown.append(contentsOf: repeatElement(0, count: range.upperBound - end))
        }
        counts = grown
        first = range.lowerBound
    }

    mutating func merge(_ other: SketchBuckets) {
        guard !other.counts.isEmpty else { return }
        widen(toHold: other.range)
        for (offset, count) in other.counts.enumerated() where count > 0 {
            counts[other.first + offset - first] &+= count
        }
    }

    /// The buckets that may hold a count, lowest first.
    var range: Range<Int> { first..<end }
}

extension SketchBuckets: Equatable {
    /// Equal when every bucket counts the same, however far each range was widened.
    static func == (left: SketchBuckets, right: SketchBuckets) -> Bool {
        let union = min(left.first, right.first)..<max(left.end, right.end)
        return union.allSatisfy { left[$0] == right[$0] }
    }
}
