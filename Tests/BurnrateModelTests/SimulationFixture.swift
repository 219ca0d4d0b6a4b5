import Testing
@testable import BurnrateModel

/// Scenarios with an `uncertainty` section built in Swift, for the simulation's tests.
enum SimulationFixture {
    static func assumed<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "facts", basis: .assumption) }

    /// The built-in article scenario (cash rolled forward from mid-2025, a partial as-of year,
    /// sites served by contracts) with every kind of input the what-if can say the same as:
    /// commitments whole, burn scale, delays of contracts and of sites, two delays sharing a provider.
    /// Its base case counts every commitment's high end (at least's low end), as a realised draw does.
    static func article() throws -> Scenario {
        var scenario = try ScenarioLoader.load(text: try #require(BuiltInScenarios.text(named: "openai-2026-02")),
                                               file: "openai-2026-02")
        scenario.baseCase = BaseCasePolicy(conditional: .always, upToShare: 1)
        scenario.uncertainty = Uncertainty(
            commitments: [
                CommitmentUncertainty(investor: "amazon", probability: assumed(0.6), realised: assumed(.uniform(low: 0.2, high: 1))),
                CommitmentUncertainty(investor: "softbank", probability: assumed(0.85), realised: assumed(.triangular(low: 0.5, mode: 1, high: 1))),
                CommitmentUncertainty(investor: "nvidia", probability: assumed(0.7), realised: assumed(.fixed(1))),
            ],
            burnScale: assumed(.lognormal(median: 1.05, sigma: 0.15)),
            delays: [
                DelayUncertainty(target: .contract("oracle"), months: assumed(.triangular(low: 0, mode: 6, high: 30))),
                DelayUncertainty(target: .contract("aws"), months: assumed(.uniform(low: 0, high: 12))),
                DelayUncertainty(target: .site("saline"), months: assumed(.pert(low: 0, mode: 9, high: 36))),
                DelayUncertainty(target: .site("abilene"), months: assumed(.empirical([0, 0, 3, 6, 12]))),
            ],
            delaysWithinProvider: assumed(0.6))
        return scenario
    }

    /// The what-if a path's drawn values stand for: realised commitments at their drawn share
    /// (0 when not realised), the burn scale, whole months of delay.
    static func whatIf(for values: [Double], in scenario: Scenario) -> WhatIf {
        let uncertainty = scenario.uncertainty
        let inputs = uncertainty.inputs
        func value(_ input: UncertainInput) -> Double? { inputs.firstIndex(of: input).map { values[$0] } }
        var whatIf = WhatIf()
        for commitment in uncertainty.commitments {
            let realised = value(commitment.probabilityInput) == 1
            whatIf.realisation[commitment.investor] = realised ? min(1, max(0, value(commitment.realisedInput)!)) : 0
        }
        whatIf.burnScale = value(.burnScale)
        for delay in uncertainty.delays {
            whatIf.delayMonths[delay.target.id] = max(0, Int(value(delay.input)!.rounded()))
        }
        return whatIf
    }
}

extension SimulationFixture {
    static let asOf = Day(year: 2026, month: 1, day: 1)

    /// An investor paying `amount` at `date` (a single dated tranche).
    static func investor(_ id: String, _ amount: Double, at date: Day) -> Investor {
        Investor(id: id, name: id.capitalized, amount: assumed(.exact(amount)), instrument: .cash, status: .reported,
                 tranches: [Tranche(amount: assumed(.exact(amount)), date: date, instrument: .cash, status: .reported)])
    }

    /// Cash on hand at 2026-01-01 (not rolled forward), the years' revenue and burn, the round's
    /// investors: nothing else moves the cash.
    static func small(cash: Double, years: [(year: Int, revenue: Double, burn: Double)], investors: [Investor] = [],
                      horizon: Horizon = Horizon(start: 2026, end: 2029), uncertainty: Uncertainty) -> Scenario {
        Scenario(
            id: "small", title: "Small", company: "Company", asOf: asOf, currency: "USD", horizon: horizon,
            sources: [Source(id: "facts", publisher: "tests", title: "Assumptions", date: asOf, confidence: .low)],
            round: FundingRound(name: "Round", status: .reported, target: assumed(.exact(0)), investors: investors),
            contracts: [], sites: [],
            financials: Financials(cashOnHand: assumed(cash), cashNotRolledForward: "a test's figure",
                                   years: years.map { FinancialYear(year: $0.year, revenue: assumed($0.revenue), burn: assumed($0.burn)) }),
            risk: RiskPolicy(thresholds: [:], weights: [:]), uncertainty: uncertainty)
    }

    static func commitment(_ investor: String, _ probability: Double, tranche: Int? = nil,
                           realised: Distribution = .fixed(1)) -> CommitmentUncertainty {
        CommitmentUncertainty(investor: investor, tranche: tranche, probability: assumed(probability), realised: assumed(realised))
    }
}
