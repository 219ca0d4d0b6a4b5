import BurnrateModel

/// The article's scenario with an uncertainty section of the size a real one has: three
/// commitments (probability and share each), a revenue growth gap, a burn scale, four delays
/// (three sharing Oracle) and a revenue–burn correlation. Twelve inputs through the copula.
enum UncertainArticle {
    static func make(_ article: Scenario) -> Scenario {
        func assumed<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "burnrate-assumptions", basis: .assumption) }
        var scenario = article
        scenario.uncertainty = Uncertainty(
            commitments: [
                CommitmentUncertainty(investor: "amazon", probability: assumed(0.6), realised: assumed(.pert(low: 0.2, mode: 0.6, high: 1))),
                CommitmentUncertainty(investor: "softbank", probability: assumed(0.85), realised: assumed(.triangular(low: 0.5, mode: 1, high: 1))),
                CommitmentUncertainty(investor: "nvidia", probability: assumed(0.75), realised: assumed(.fixed(1))),
            ],
            revenueGrowthGap: assumed(.normal(mean: -0.05, sd: 0.1)),
            burnScale: assumed(.lognormal(median: 1.05, sigma: 0.12)),
            delays: [
                DelayUncertainty(target: .contract("oracle"), months: assumed(.triangular(low: 0, mode: 6, high: 24))),
                DelayUncertainty(target: .site("saline"), months: assumed(.pert(low: 0, mode: 6, high: 30))),
                DelayUncertainty(target: .site("port-washington"), months: assumed(.pert(low: 0, mode: 9, high: 36))),
                DelayUncertainty(target: .contract("aws"), months: assumed(.uniform(low: 0, high: 6))),
            ],
            correlations: [InputCorrelation(.revenueGrowthGap, .burnScale, rank: assumed(-0.3))],
            delaysWithinProvider: assumed(0.5))
        return scenario
    }
}
