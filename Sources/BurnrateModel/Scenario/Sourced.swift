/// A figure together with where it comes from: every number in a scenario carries one.
public struct Sourced<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    /// The id of an entry in `Scenario.sources`.
    public var source: String
    public var basis: Basis
    /// The day the figure stands at when it names one (a balance at 2025-06-30); without it,
    /// the figure is as of its source's date.
    public var date: Day?
    /// Hidden in private mode (`Scenario.masked`), with every figure computed from it.
    public var confidential: Bool

    public init(_ value: Value, source: String, basis: Basis = .reported, date: Day? = nil, confidential: Bool = false) {
        self.value = value
        self.source = source
        self.basis = basis
        self.date = date
        self.confidential = confidential
    }

    /// The same provenance with another value, e.g. after a what-if adjustment.
    public func map<Other>(_ transform: (Value) -> Other) -> Sourced<Other> {
        Sourced<Other>(transform(value), source: source, basis: basis, date: date, confidential: confidential)
    }
}

extension Sourced {
    /// The same figure standing at `date`, or as it was when `date` is nil.
    func dated(_ date: Day?) -> Sourced {
        guard let date else { return self }
        var dated = self
        dated.date = date
        return dated
    }
}
