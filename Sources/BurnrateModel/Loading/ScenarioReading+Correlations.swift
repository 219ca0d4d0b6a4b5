import BurnrateYAML

/// Whether the `uncertainty` section's correlations can hold together: their normal-scale
/// matrix (`Uncertainty.correlationMatrix`) must be positive semi-definite. Inputs correlated
/// with nothing cannot change that, so the check runs on each group of inputs that correlations
/// link, and names the inputs of a group that fails.
extension ScenarioReading {
    func checkCorrelations(of scenario: Scenario) {
        guard let reader = correlationsReader else { return }
        let uncertainty = scenario.uncertainty
        for group in Self.linkedGroups(in: uncertainty, of: scenario) {
            var linked = uncertainty
            linked.commitments.removeAll { !group.contains($0.probabilityInput) && !group.contains($0.realisedInput) }
            if !group.contains(.revenueGrowthGap) { linked.revenueGrowthGap = nil }
            if !group.contains(.burnScale) { linked.burnScale = nil }
            linked.delays.removeAll { !group.contains($0.input) }
            guard linked.correlationMatrix(in: scenario).copula() == nil else { continue }
            let names = uncertainty.inputs.filter(group.contains).map(\.name)
            let listed = names.count > 6 ? names.prefix(5) + ["\(names.count - 5) more"] : names[...]
            reader.report("expected correlations that can all hold at once (a positive semi-definite matrix), found some that cannot, between "
                          + listed.dropLast().joined(separator: ", ") + " and " + (listed.last ?? ""))
        }
    }

    /// The inputs that correlations link, directly or through others, in groups of two or more:
    /// each pair `correlations` gives a rank other than 0, and the delays of each provider
    /// when `delaysWithinProvider` is not 0.
    private static func linkedGroups(in uncertainty: Uncertainty, of scenario: Scenario) -> [Set<UncertainInput>] {
        var groups = LinkedGroups()
        for correlation in uncertainty.correlations where correlation.rank.value != 0 {
            groups.link(correlation.first, correlation.second)
        }
        if let within = uncertainty.delaysWithinProvider?.value, within != 0 {
            let providers = Dictionary(scenario.contracts.map { ($0.id, $0.provider) }, uniquingKeysWith: { first, _ in first })
            let contracts = Dictionary(scenario.sites.map { ($0.id, $0.contract) }, uniquingKeysWith: { first, _ in first })
            var first: [String: UncertainInput] = [:]
            for delay in uncertainty.delays {
                let contract: String? = switch delay.target {
                case .contract(let id): id
                case .site(let id): contracts[id] ?? nil
                }
                guard let provider = contract.flatMap({ providers[$0] }) else { continue }
                if let other = first[provider] { groups.link(other, delay.input) } else { first[provider] = delay.input }
            }
        }
        return groups.groups
    }
}

/// Inputs joined into groups pair by pair (union-find).
private struct LinkedGroups {
    private var parent: [UncertainInput: UncertainInput] = [:]

    /// Without path compression: at most `ReadingLimits.uncertainInputs` inputs.
    private func root(_ input: UncertainInput) -> UncertainInput {
        var root = input
        while let next = parent[root], next != root { root = next }
        return root
    }

    mutating func link(_ first: UncertainInput, _ second: UncertainInput) {
        for input in [first, second] where parent[input] == nil { parent[input] = input }
        let (a, b) = (root(first), root(second))
        if a != b { parent[max(a, b)] = min(a, b) }
    }

    /// Every group of linked inputs, in the order of their smallest names.
    var groups: [Set<UncertainInput>] {
        var members: [UncertainInput: Set<UncertainInput>] = [:]
        for input in parent.keys { members[root(input), default: []].insert(input) }
        return members.sorted { $0.key < $1.key }.map(\.value)
    }
}
