import BurnrateYAML

/// The `uncertainty` section, written so that it loads back equal: the source and basis most
/// of its distributions share on the section, each entry's own where they differ, a realised
/// fraction left out when it is all of the commitment (the default).
extension ScenarioWriter {
    static func uncertainty(_ uncertainty: Uncertainty) -> YAMLBlock {
        let figures = uncertainty.commitments.flatMap(origins) + [uncertainty.revenueGrowthGap.map(Origin.init),
                                                                   uncertainty.burnScale.map(Origin.init)].compactMap { $0 }
            + uncertainty.delays.map { Origin($0.months) } + [uncertainty.delaysWithinProvider.map(Origin.init)].compactMap { $0 }
            + uncertainty.correlations.map { Origin($0.rank) }
        var object = WrittenObject(figures: figures, inherited: .root)
        object.addProvenance()
        if !uncertainty.commitments.isEmpty {
            object.add("commitments", .list(uncertainty.commitments.map { commitment($0, inherited: object.origin) }))
        }
        if let gap = uncertainty.revenueGrowthGap { object.add("revenue_growth_gap", object.distribution(gap, .growthGap)) }
        if let scale = uncertainty.burnScale { object.add("burn_scale", object.distribution(scale, .burnScale)) }
        if !uncertainty.delays.isEmpty {
            object.add("delays", .list(uncertainty.delays.map { delay in
                var row = WrittenObject(figures: [Origin(delay.months)], inherited: object.origin)
                switch delay.target {
                case .contract(let id): row.add("contract", YAMLScalar.string(id))
                case .site(let id): row.add("site", YAMLScalar.string(id))
                }
                row.add("months", row.distribution(delay.months, .months))
                row.addProvenance()
                return row.flowBlock
            }))
        }
        if let within = uncertainty.delaysWithinProvider {
            object.add("delays_within_provider", object.figure(within, YAMLText.number))
        }
        if !uncertainty.correlations.isEmpty {
            object.add("correlations", .list(uncertainty.correlations.map { correlation in
                var row = WrittenObject(figures: [Origin(correlation.rank)], inherited: object.origin)
                let names = [correlation.first, correlation.second].map { YAMLScalar.string($0.name) }
                row.add("between", "[" + names.joined(separator: ", ") + "]")
                row.add("rank", row.figure(correlation.rank, YAMLText.number))
                row.addProvenance()
                return row.flowBlock
            }))
        }
        return object.block
    }

    private static func origins(_ commitment: CommitmentUncertainty) -> [Origin] {
        [Origin(commitment.probability), Origin(commitment.realised)]
    }

    private static func commitment(_ commitment: CommitmentUncertainty, inherited: Origin) -> YAMLBlock {
        var row = WrittenObject(figures: origins(commitment), inherited: inherited)
        row.add("investor", YAMLScalar.string(commitment.investor))
        if let tranche = commitment.tranche { row.add("tranche", "\(tranche)") }
        row.add("probability", row.figure(commitment.probability, YAMLText.fraction))
        let realised = commitment.realised
        // What the loader takes when `realised` is left out.
        let isDefault = realised.value == .fixed(1) && Origin(realised) == row.origin && realised.date == nil
        if !isDefault { row.add("realised", row.distribution(realised, .fraction)) }
        row.addProvenance()
        return row.flowBlock
    }
}

extension WrittenObject {
    /// `{uniform: [40%, 100%]}`, with `source:` and `basis:` where they differ from the object's;
    /// a fixed value alone when they do not.
    func distribution(_ figure: Sourced<Distribution>, _ values: UncertainValues) -> String {
        let overrides = overrides(of: figure)
        let write = values.text
        func list(_ numbers: [Double]) -> String { "[" + numbers.map(write).joined(separator: ", ") + "]" }
        let shape: (String, String) = switch figure.value {
        case .fixed(let value): ("fixed", write(value))
        case .uniform(let low, let high): ("uniform", list([low, high]))
        case .triangular(let low, let mode, let high): ("triangular", list([low, mode, high]))
        case .pert(let low, let mode, let high): ("pert", list([low, mode, high]))
        case .normal(let mean, let sd): ("normal", YAMLText.flow([("mean", write(mean)), ("sd", values.spreadText(sd))]))
        case .lognormal(let median, let sigma): ("lognormal", YAMLText.flow([("median", write(median)), ("sigma", YAMLText.number(sigma))]))
        case .bernoulli(let probability): ("bernoulli", YAMLText.fraction(probability))
        case .empirical(let points): ("empirical", list(points))
        }
        if case .fixed = figure.value, overrides.isEmpty { return shape.1 }
        return YAMLText.flow([shape] + overrides)
    }
}

extension UncertainValues {
    /// A value as the loader reads it back: a fraction `40%`, months `6`, a gap `-5%`, a scale `1.1`.
    var text: (Double) -> String {
        switch self {
        case .fraction: YAMLText.fraction
        case .months, .burnScale: YAMLText.number
        case .growthGap: Self.signedPercent
        }
    }

    /// A standard deviation, in the units `NodeReader.spread` reads.
    func spreadText(_ spread: Double) -> String {
        self == .months ? YAMLText.number(spread) : Self.signedPercent(spread)
    }

    /// `-5%`, `12.5%`, or a plain number where a percentage would need more than two decimals.
    private static func signedPercent(_ value: Double) -> String {
        value < 0 && value.isFinite ? "-" + YAMLText.fraction(-value) : YAMLText.fraction(value)
    }
}
