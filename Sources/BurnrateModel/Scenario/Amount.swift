/// A sum of money (in the scenario's currency) as precisely as it was reported.
///
/// "Up to $50B" is a maximum, not a certainty; "more than $100B" is a minimum; an amount a
/// source did not state is `undisclosed`, never zero.
public enum Amount: Sendable, Equatable {
    case exact(Double)
    case upTo(Double)
    case atLeast(Double)
    case range(low: Double, high: Double)
    case undisclosed

    /// The figure a headline would quote: the maximum of "up to", the minimum of "at least",
    /// the top of a range. Nil when undisclosed.
    public var headline: Double? {
        switch self {
        case .exact(let value), .upTo(let value), .atLeast(let value): value
        case .range(_, let high): high
        case .undisclosed: nil
        }
    }

    /// The part that is certain: nothing of an "up to", the bottom of a range.
    public var firm: Double? {
        switch self {
        case .exact(let value), .atLeast(let value): value
        case .upTo: 0
        case .range(let low, _): low
        case .undisclosed: nil
        }
    }

    public var isDisclosed: Bool { self != .undisclosed }

    /// The same kind of amount with every figure scaled, e.g. by a realisation percentage.
    public func scaled(by factor: Double) -> Amount {
        switch self {
        case .exact(let value): .exact(value * factor)
        case .upTo(let value): .upTo(value * factor)
        case .atLeast(let value): .atLeast(value * factor)
        case .range(let low, let high): .range(low: low * factor, high: high * factor)
        case .undisclosed: .undisclosed
        }
    }
}
