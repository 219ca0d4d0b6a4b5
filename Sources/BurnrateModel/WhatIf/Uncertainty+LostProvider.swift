extension Uncertainty {
    /// Without the delays of the contracts and sites a lost provider takes away, nor the
    /// correlations naming them: what is gone can be neither late nor drawn.
    func removingDelays(ofContracts contracts: [String], sites: [String]) -> Uncertainty {
        guard !contracts.isEmpty || !sites.isEmpty else { return self }
        var kept = self
        let removed = Set(delays.filter { delay in
            switch delay.target {
            case .contract(let id): contracts.contains(id)
            case .site(let id): sites.contains(id)
            }
        }.map(\.input))
        kept.delays.removeAll { removed.contains($0.input) }
        kept.correlations.removeAll { removed.contains($0.first) || removed.contains($0.second) }
        return kept
    }
}
