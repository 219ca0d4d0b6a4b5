/// A figure known only between two bounds, `low ≤ x ≤ high`: what "up to $50B", "at least
/// $850B" and "$10B–$20B" say, and what follows from them. `high` is `.infinity` when nothing
/// caps the figure ("at least"); `low == high` for a figure known exactly.
///
/// Arithmetic follows each bound to the end of the result it gives: a sum adds low to low and
/// high to high, and a quotient of non-negative figures divides the low end by the other's
/// high end (a stake of up to $50B in a company worth at least $850B is at most 5.9 %).
public struct Bounded: Sendable, Hashable {
    public let low: Double
    public let high: Double

    /// Bounds the other way round are swapped, so that `low ≤ high` always holds.
    public init(low: Double, high: Double) {
        self.low = min(low, high)
        self.high = max(low, high)
    }

    public init(exactly value: Double) {
        self.init(low: value, high: value)
    }

    /// The bounds an amount states; nil when it is undisclosed, which no bound describes.
    public init?(_ amount: Amount) {
        switch amount {
        case .exact(let value): self.init(exactly: value)
        case .upTo(let value): self.init(low: 0, high: value)
        case .atLeast(let value): self.init(low: value, high: .infinity)
        case .range(let low, let high): self.init(low: low, high: high)
        case .undisclosed: return nil
        }
    }

    public static let zero = Bounded(exactly: 0)

    public var isExact: Bool { low == high }

    /// How the bounds read: the words a panel and an export use for them.
    public var kind: Kind {
        if isExact { return .exact }
        if high == .infinity { return .atLeast }
        if low == 0 || low == -.infinity { return .atMost }
        return .range
    }

    public enum Kind: String, Sendable {
        case exact
        /// Nothing caps it: "at least", "≥".
        case atLeast = "at_least"
        /// From nothing up to `high`: "up to", "≤".
        case atMost = "at_most"
        case range
    }

    public static func + (lhs: Bounded, rhs: Bounded) -> Bounded {
        Bounded(low: lhs.low + rhs.low, high: lhs.high + rhs.high)
    }

    /// The quotient of two non-negative figures; nil when the divisor can only be zero. A
    /// divisor that may be zero leaves the result uncapped; one without a cap makes the low end 0.
    public func divided(by divisor: Bounded) -> Bounded? {
        guard divisor.high > 0, low >= 0, divisor.low >= 0 else { return nil }
        let lowEnd = divisor.high == .infinity ? 0 : low / divisor.high
        let highEnd = divisor.low == 0 ? Double.infinity : (high == .infinity ? .infinity : high / divisor.low)
        return Bounded(low: lowEnd, high: highEnd)
    }

    /// `part ÷ (part + rest)` for two non-negative figures: a share of a whole they make up
    /// together. It rises with the part and falls with the rest, so its low end takes the part's
    /// low and the rest's high; dividing the bounds of the part by those of the whole would let
    /// a share run above 100 %. Nil when the whole can only be zero.
    public static func share(_ part: Bounded, of rest: Bounded) -> Bounded? {
        func share(_ part: Double, _ rest: Double) -> Double? {
            if part == .infinity { return rest == .infinity ? nil : 1 }
            if rest == .infinity { return 0 }
            return part + rest > 0 ? part / (part + rest) : nil
        }
        guard part.low >= 0, rest.low >= 0 else { return nil }
        let low = share(part.low, rest.high) ?? 0
        let high = share(part.high, rest.low) ?? 1
        return part.high + rest.high > 0 ? Bounded(low: low, high: high) : nil
    }

    /// Each end through a function that never falls as its argument rises.
    public func mapIncreasing(_ transform: (Double) -> Double) -> Bounded {
        Bounded(low: transform(low), high: transform(high))
    }

    /// Each end through a function that never rises as its argument rises: the low end of the
    /// result comes from the high end.
    public func mapDecreasing(_ transform: (Double) -> Double) -> Bounded {
        Bounded(low: transform(high), high: transform(low))
    }
}
