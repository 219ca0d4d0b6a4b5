import Testing
@testable import BurnrateModel

/// The streaming sketch against the sorted values it counted.
@Suite struct QuantileSketchTests {
    static let levels: [Double] = [0, 0.001] + (1...99).map { Double($0) / 100 } + [0.999, 1]

    static func values(_ distribution: Distribution, seed: UInt64 = Statistics.seed) -> [Double] {
        Statistics.draws(Sampler(distribution), seed: seed)
    }

    /// Every tenth value replaced by one too small to tell from 0, some exactly 0, some −0.
    static func withZeros(_ values: [Double], zeroWidth: Double) -> [Double] {
        values.enumerated().map { index, value in
            index % 10 != 0 ? value : [0, -0.0, 0.999 * zeroWidth, -0.5 * zeroWidth][index / 10 % 4]
        }
    }

    /// Sketch answers, at each level, against the ⌈q·n⌉-th smallest value; values beyond the
    /// last bucket (2^48 times zeroWidth's power of two) are answered as that bucket.
    func expectWithinStatedError(_ values: [Double], zeroWidth: Double) {
        var sketch = QuantileSketch(zeroWidth: zeroWidth)
        for value in values { sketch.add(value) }
        #expect(sketch.count == values.count)
        let sorted = values.sorted()
        let top = Double(sign: .plus, exponent: zeroWidth.exponent + 48, significand: 1)
        for level in Self.levels {
            let reference = sorted[max(1, Int((level * Double(sorted.count)).rounded(.up))) - 1]
            guard let answer = sketch.quantile(level) else {
                Issue.record("no answer at \(level)")
                continue
            }
            if abs(reference) < top {
                let bound = QuantileSketch.relativeError * abs(reference) + zeroWidth
                #expect(abs(answer - reference) <= bound, "q \(level): \(answer) for \(reference)")
            } else {
                #expect(answer.sign == reference.sign && abs(abs(answer) - top) <= QuantileSketch.relativeError * top,
                        "q \(level): \(answer) for \(reference) beyond the last bucket")
            }
        }
    }

    @Test func moneyOfBothSignsAroundZero() {
        let cash = Self.values(.normal(mean: 2e9, sd: 5e10))
        expectWithinStatedError(Self.withZeros(cash, zeroWidth: 1e6), zeroWidth: 1e6)
    }

    @Test func lognormalValues() {
        expectWithinStatedError(Self.values(.lognormal(median: 1.5e10, sigma: 1)), zeroWidth: 1)
    }

    /// 2 % of the values far beyond the last bucket on each side; zeroWidth not a power of two.
    @Test func valuesBeyondTheLastBucket() {
        let values = Self.values(.normal(mean: 0, sd: 1e12)).enumerated().map { index, value in
            index % 50 == 0 ? 1e20 : index % 50 == 1 ? -3e19 : value
        }
        expectWithinStatedError(values, zeroWidth: 1000)
    }

    @Test func mergingEqualsOneSketchOfEveryValue() {
        let values = Self.withZeros(Self.values(.normal(mean: 2e9, sd: 5e10)), zeroWidth: 1e6)
        var whole = QuantileSketch(zeroWidth: 1e6), even = whole, odd = whole
        for (index, value) in values.enumerated() {
            whole.add(value)
            if index % 2 == 0 { even.add(value) } else { odd.add(value) }
        }
        var evenThenOdd = even
        evenThenOdd.merge(odd)
        var oddThenEven = odd
        oddThenEven.merge(even)
        #expect(evenThenOdd == whole)
        #expect(oddThenEven == whole)
    }

    /// It holds buckets only for the binary exponents its values reached, whole exponents at a
    /// time, so memory does not grow with the count: the same values again add none.
    @Test func memoryFollowsTheExponentsReachedNotTheCount() {
        func bucketsHeld(_ sketch: QuantileSketch) -> [Int] {
            Mirror(reflecting: sketch).children.compactMap { $0.value as? [SketchBuckets] }.first?.map(\.counts.count) ?? []
        }
        let empty = QuantileSketch(zeroWidth: 1)
        #expect(bucketsHeld(empty) == [0, 0])
        #expect(empty.quantile(0.5) == nil)

        var sketch = empty
        for value in [3.0, 3.5, -5.0, 1000.0] { sketch.add(value) }
        // Negative: -5 in 2^2, one exponent of 128 buckets. Positive: 3 and 3.5 share 2^1, 1000 is
        // in 2^9, so 2^1 … 2^9 are held: 9 exponents.
        #expect(bucketsHeld(sketch) == [128, 9 * 128])
        for value in [3.0, 3.5, -5.0, 1000.0] { sketch.add(value) }
        #expect(bucketsHeld(sketch) == [128, 9 * 128])
    }

    /// Widened one exponent at a time, as values arrive, or by a merge, its buckets take no more
    /// memory than they hold: grown as arrays grow, by doubling, 10 exponents held 16 exponents'
    /// room.
    @Test func bucketsAreHeldWithoutSpareRoom() {
        var rising = SketchBuckets(), falling = SketchBuckets(), merged = SketchBuckets()
        let run = 1 << QuantileSketch.mantissaBits
        for exponent in 0..<10 {
            rising.add(exponent * run)
            falling.add((9 - exponent) * run + 5)
        }
        merged.merge(rising)
        merged.merge(falling)
        for buckets in [rising, falling, merged] {
            #expect(buckets.counts.count == 10 * run)
            // The allocator may round a block up by a few bytes, never by an exponent.
            #expect(buckets.counts.capacity < buckets.counts.count + run)
        }
        #expect(merged[0] == 1 && merged[5] == 1 && merged[6] == 0 && merged[9 * run] == 1 && merged[9 * run + 5] == 1)
    }
}
