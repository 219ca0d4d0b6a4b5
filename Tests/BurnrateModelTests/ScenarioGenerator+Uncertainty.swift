@testable import BurnrateModel

/// Random `uncertainty` sections of the kind a file can hold, for the round-trip property: every
/// shape over each kind of value, at the edges of its bounds, realised fractions left at the
/// default or not, provenance shared and overridden. Correlations come in pairs with no input
/// in two of them and delays within a provider at 0 or more, so every set of them is positive
/// semi-definite, as the loader requires.
extension Dice {
    mutating func uncertainty(investors: [Investor], contracts: [String], sites: [String], sourceIDs: [String]) -> Uncertainty {
        guard chance(0.7) else { return .none }
        var commitments: [CommitmentUncertainty] = []
        for investor in investors where chance(0.6) {
            let tranches = investor.tranches.indices.filter { investor.tranches[$0].amount.value.isDisclosed }
            if !tranches.isEmpty, chance(0.5) {
                for index in tranches where chance(0.7) {
                    commitments.append(commitment(investor.id, tranche: index + 1, sourceIDs: sourceIDs))
                }
            } else if investor.amount.value.isDisclosed {
                commitments.append(commitment(investor.id, tranche: nil, sourceIDs: sourceIDs))
            }
        }
        var delays = contracts.filter { _ in chance(0.5) }.map { id in
            DelayUncertainty(target: .contract(id), months: sourced(distribution(of: .months), sourceIDs))
        }
        // A site of a contract's id would be the same input, "delay.ID".
        for id in sites where chance(0.5) && !contracts.contains(id) {
            delays.append(DelayUncertainty(target: .site(id), months: sourced(distribution(of: .months), sourceIDs)))
        }
        var uncertainty = Uncertainty(
            commitments: commitments,
            revenueGrowthGap: chance(0.5) ? sourced(distribution(of: .growthGap), sourceIDs) : nil,
            burnScale: chance(0.5) ? sourced(distribution(of: .burnScale), sourceIDs) : nil,
            delays: delays,
            delaysWithinProvider: chance(0.3) ? sourced(pick([0, 0.5, Double.random(in: 0...0.99, using: &self)]), sourceIDs) : nil)
        var unpaired = uncertainty.commitments.flatMap { [$0.probabilityInput, $0.realisedInput] }
            + (uncertainty.revenueGrowthGap == nil ? [] : [.revenueGrowthGap]) + (uncertainty.burnScale == nil ? [] : [.burnScale])
        unpaired.shuffle(using: &self)
        while unpaired.count >= 2, chance(0.5) {
            let rank = pick([0, -0.99, 0.99, 0.3, Double.random(in: -0.99...0.99, using: &self)])
            uncertainty.correlations.append(InputCorrelation(unpaired.removeLast(), unpaired.removeLast(),
                                                             rank: sourced(rank, sourceIDs)))
        }
        return uncertainty
    }

    private mutating func commitment(_ investor: String, tranche: Int?, sourceIDs: [String]) -> CommitmentUncertainty {
        let probability = sourced(fraction(), sourceIDs)
        let realised = chance(0.4) ? probability.map { _ in Distribution.fixed(1) } : sourced(distribution(of: .fraction), sourceIDs)
        return CommitmentUncertainty(investor: investor, tranche: tranche, probability: probability, realised: realised)
    }

    private mutating func sourced<Value>(_ value: Value, _ sourceIDs: [String]) -> Sourced<Value> {
        Sourced(value, source: chance(0.6) ? sourceIDs[0] : pick(sourceIDs), basis: chance(0.6) ? .assumption : some(Basis.self))
    }

    /// A shape of values within the kind's bounds; normal and lognormal only where they are allowed.
    private mutating func distribution(of values: UncertainValues) -> Distribution {
        func sorted(_ count: Int, _ dice: inout Dice) -> [Double] {
            (0..<count).map { _ in dice.value(of: values) }.sorted()
        }
        let shapes = values.allowsUnbounded ? 8 : 6
        switch int(0...shapes - 1) {
        case 0: return .fixed(value(of: values))
        case 1: let v = sorted(2, &self); return .uniform(low: v[0], high: v[1])
        case 2: let v = sorted(3, &self); return .triangular(low: v[0], mode: v[1], high: v[2])
        case 3: let v = sorted(3, &self); return .pert(low: v[0], mode: v[1], high: v[2])
        case 4: return .bernoulli(fraction())
        case 5: return .empirical(sorted(int(1...6), &self))
        case 6: return .normal(mean: value(of: values), sd: pick([5e-324, 0.1, 1.0 / 3.0, Double.random(in: 0.001...50, using: &self)]))
        default:
            let median = value(of: values)
            return .lognormal(median: median > 0 ? median : 1, sigma: pick([1e-9, 0.25, Double.random(in: 0.01...3, using: &self)]))
        }
    }

    private mutating func value(of values: UncertainValues) -> Double {
        switch values {
        case .fraction: fraction()
        case .months: chance(0.5) ? Double(int(-1200...1200)) : pick([0, 1200, -1200, 0.5, Double.random(in: -1200...1200, using: &self)])
        case .growthGap: pick([-1, 0, -0.05, 1.0 / 3.0, 2.5, Double.random(in: -1...3, using: &self)])
        case .burnScale: pick([0, 1, 1.1, 0.9, 1e-7, Double.random(in: 0...5, using: &self)])
        }
    }
}
