/// A figure together with where it comes from: every number in a scenario carries one.
public struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    /// The id of an entry in `Scenario.sources`.
    public var source: String
    public var basis: Basis

    public init(_ value: Value, source: String, basis: Basis = .reported) {
        self.value = value
        self.source = source
        self.basis = basis
    }

    /// The same provenance with another value, e.g. after a what-if adjustment.
    public func map<Other>(_ transform: (Value) -> Other) -> Sourced<Other> {
        Sourced<Other>(transform(value), source: source, basis: basis)
    }
}
