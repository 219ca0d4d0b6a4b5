/// Where a computed figure comes from: the sources its inputs cite, and how firm it is. A
/// figure is only as firm as the weakest figure it rests on: `reported` when every input was
/// reported, `derived` when one was worked out, `assumption` when one was assumed.
public struct FigureProvenance: Sendable, Equatable {
    /// Source ids, each once, sorted.
    public var sources: [String]
    public var basis: Basis

    public init(sources: [String], basis: Basis) {
        self.sources = sources
        self.basis = basis
    }

    /// From the figures cited; a figure resting on nothing cited is `derived`.
    public init(citing cited: some Sequence<(source: String?, basis: Basis)>) {
        var sources = Set<String>()
        var basis: Basis?
        for (source, citedBasis) in cited {
            if let source { sources.insert(source) }
            basis = basis.map { Basis.weaker($0, citedBasis) } ?? citedBasis
        }
        self.init(sources: sources.sorted(), basis: basis ?? .derived)
    }

    /// A figure resting on all of `parts`: their sources, their weakest basis.
    public init(combining parts: [FigureProvenance]) {
        self.init(sources: Set(parts.flatMap(\.sources)).sorted(),
                  basis: parts.isEmpty ? .derived : parts.map(\.basis).reduce(.reported, Basis.weaker))
    }
}

extension Basis {
    /// Reported is firmer than derived, derived firmer than an assumption.
    private var firmness: Int {
        switch self {
        case .reported: 2
        case .derived: 1
        case .assumption: 0
        }
    }

    /// The less firm of two bases.
    public static func weaker(_ first: Basis, _ second: Basis) -> Basis {
        first.firmness <= second.firmness ? first : second
    }
}

extension Indicator {
    /// The sources its inputs cite and the weakest of their bases. The composite's inputs are
    /// the indicators it weighs, each with its own weakest basis.
    public var provenance: FigureProvenance {
        FigureProvenance(citing: inputs.lazy.map { (source: $0.source, basis: $0.basis) })
    }

    /// `provenance.basis` without collecting the sources.
    var basis: Basis {
        inputs.isEmpty ? .derived : inputs.lazy.map(\.basis).reduce(.reported, Basis.weaker)
    }
}
