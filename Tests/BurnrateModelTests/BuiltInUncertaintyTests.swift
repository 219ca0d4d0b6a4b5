import Testing
@testable import BurnrateModel

/// The built-in scenarios' `uncertainty` sections: what they draw, by the rules their comments
/// and the README's table of assumptions give.
@Suite struct BuiltInUncertaintyTests {
    static let names = ["openai-2026-02", "openai-2026-03-close"]

    static func assumed<Value>(_ value: Value) -> Sourced<Value> {
        Sourced(value, source: "burnrate-assumptions", basis: .assumption)
    }

    @Test func theArticleScenarioDrawsItsProjectedCommitments() throws {
        let uncertainty = try BuiltInScenarioTests.load("openai-2026-02").uncertainty
        #expect(uncertainty.commitments == [
            CommitmentUncertainty(investor: "amazon", probability: Self.assumed(0.8),
                                  realised: Self.assumed(.uniform(low: 0.3, high: 1))),
            CommitmentUncertainty(investor: "softbank", probability: Self.assumed(0.9), realised: Self.assumed(.fixed(1))),
            CommitmentUncertainty(investor: "nvidia", probability: Self.assumed(0.85), realised: Self.assumed(.fixed(1))),
        ])
        #expect(uncertainty.delays.map(\.input.name).contains("delay.oracle"))
    }

    @Test func theCloseDrawsOnlyWhatIsNotYetPaid() throws {
        let uncertainty = try BuiltInScenarioTests.load("openai-2026-03-close").uncertainty
        // Amazon's first tranche is funded: only the conditional $35B is drawn.
        #expect(uncertainty.commitments == [
            CommitmentUncertainty(investor: "amazon", tranche: 2, probability: Self.assumed(0.5), realised: Self.assumed(.fixed(1))),
            CommitmentUncertainty(investor: "softbank", probability: Self.assumed(0.95), realised: Self.assumed(.fixed(1))),
            CommitmentUncertainty(investor: "nvidia", probability: Self.assumed(0.95), realised: Self.assumed(.fixed(1))),
        ])
        #expect(uncertainty.delays.suffix(2).map(\.input.name) == ["delay.oracle", "delay.aws-expansion"])
    }

    @Test(arguments: names) func revenueBurnAndTheirCorrelationAreTheSameInBoth(name: String) throws {
        let uncertainty = try BuiltInScenarioTests.load(name).uncertainty
        #expect(uncertainty.revenueGrowthGap == Self.assumed(.normal(mean: -0.05, sd: 0.075)))
        #expect(uncertainty.burnScale == Self.assumed(.triangular(low: 0.9, mode: 1, high: 1.5)))
        #expect(uncertainty.correlations == [InputCorrelation(.revenueGrowthGap, .burnScale, rank: Self.assumed(0.3))])
        #expect(uncertainty.delaysWithinProvider == Self.assumed(0.5))
    }

    /// Every site is late by a beta-PERT from 0, most likely 8 months times what its power,
    /// cooling and network lack on average, at worst 24 months times what the least ready
    /// of them lacks (whole months).
    @Test(arguments: names) func everySiteIsLateByItsReadiness(name: String) throws {
        let scenario = try BuiltInScenarioTests.load(name)
        let delays = Dictionary(uniqueKeysWithValues: scenario.uncertainty.delays.map { ($0.target.id, $0.months) })
        for site in scenario.sites {
            let readiness = [site.power.value, site.cooling.value, site.network.value]
            let mode = (8 * (1 - readiness.reduce(0, +) / 3)).rounded()
            let high = (24 * (1 - (readiness.min() ?? 0))).rounded()
            #expect(delays[site.id] == Self.assumed(.pert(low: 0, mode: mode, high: high)), "\(site.id)")
        }
    }
}
