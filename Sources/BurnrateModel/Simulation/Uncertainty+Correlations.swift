extension Uncertainty {
    /// Every input the section names, in the order the simulation draws them: each commitment's
    /// probability then its realised fraction, revenue growth gap, burn scale, then the delays.
    public var inputs: [UncertainInput] {
        commitments.flatMap { [$0.probabilityInput, $0.realisedInput] }
            + (revenueGrowthGap == nil ? [] : [.revenueGrowthGap])
            + (burnScale == nil ? [] : [.burnScale])
            + delays.map(\.input)
    }

    /// The rank correlations between `inputs`: `delaysWithinProvider` between delays whose
    /// contracts share a provider in `scenario`, then `correlations` pair by pair (the later of
    /// two entries for a pair wins). Pairs naming an input the section lacks are left out.
    public func correlationMatrix(in scenario: Scenario) -> RankCorrelationMatrix {
        let inputs = inputs
        let position = Dictionary(inputs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var matrix = RankCorrelationMatrix(size: inputs.count)
        if let withinProvider = delaysWithinProvider?.value {
            let providers = delays.map { provider(of: $0.target, in: scenario) }
            for first in delays.indices {
                for second in delays.indices where second > first {
                    guard let provider = providers[first], provider == providers[second],
                          let row = position[delays[first].input], let column = position[delays[second].input] else { continue }
                    matrix[row, column] = withinProvider
                }
            }
        }
        for correlation in correlations {
            guard let row = position[correlation.first], let column = position[correlation.second] else { continue }
            matrix[row, column] = correlation.rank.value
        }
        return matrix
    }

    /// The provider of a contract, or of the contract a site serves; for the company's own sites,
    /// the name their capacity counts under (one builder: their delays go together too).
    private func provider(of target: DelayUncertainty.Target, in scenario: Scenario) -> String? {
        switch target {
        case .contract(let id):
            return scenario.contracts.first { $0.id == id }?.provider
        case .site(let id):
            guard let site = scenario.sites.first(where: { $0.id == id }) else { return nil }
            if site.isOwned { return scenario.ownSitesName }
            guard let contract = site.contract else { return nil }
            return scenario.contracts.first { $0.id == contract }?.provider
        }
    }
}
