import Testing
@testable import BurnrateModel

/// The `uncertainty` section as `ScenarioWriter` writes it: the documented form, defaults left
/// out, and loaded back equal.
@Suite struct UncertaintyWriterTests {
    static func section(_ text: String) -> String {
        String(text[text.firstRange(of: "\nuncertainty:\n")!.lowerBound...].dropFirst())
    }

    @Test func writesTheDocumentedForm() throws {
        let scenario = try UncertaintyFixture.load(UncertaintyFixture.example)
        // The section's own source and basis stay on it; the realised fraction left out reads
        // back as all of the commitment; a delay's own source moves to its entry.
        #expect(Self.section(ScenarioWriter.yaml(scenario)) == """
            uncertainty:
              source: guess
              basis: assumption
              commitments:
                - {investor: amazon, tranche: 1, probability: 60%, realised: {uniform: [40%, 100%]}}
                - {investor: acme, probability: 50%, basis: reported}
              revenue_growth_gap: {normal: {mean: -5%, sd: 10%}}
              burn_scale: {triangular: [0.9, 1, 1.3]}
              delays:
                - {contract: oracle, months: {pert: [0, 3, 18]}}
                - {site: saline, months: {pert: [0, 6, 24]}, source: article}
                - {contract: aws, months: 2}
              delays_within_provider: 0.5
              correlations:
                - {between: [revenue_growth_gap, burn_scale], rank: 0.3}

            """)
        RoundTrip.check(scenario, origin: "the documented example")
    }

    /// A realised fraction of all of it is still written when its provenance is not the
    /// entry's, and a fixed value with a source of its own takes the `fixed:` form.
    @Test func writesADefaultRealisedFractionOnlyWhereItDiffers() throws {
        var scenario = try UncertaintyFixture.load(["  commitments:", "    - {investor: acme, probability: 50%}"])
        scenario.uncertainty.commitments[0].realised = Sourced(.fixed(1), source: "article", basis: .assumption)
        scenario.uncertainty.burnScale = Sourced(.fixed(1.1), source: "article", basis: .derived)
        // Two of the three figures now cite the article: the section does, the probability
        // names its own.
        #expect(Self.section(ScenarioWriter.yaml(scenario)) == """
            uncertainty:
              source: article
              basis: assumption
              commitments:
                - {investor: acme, probability: 50%, realised: {fixed: 100%, source: article}, source: guess}
              burn_scale: {fixed: 1.1, basis: derived}

            """)
        RoundTrip.check(scenario, origin: "overridden defaults")
    }

    /// What no file can hold is not saved: a realised fraction from a normal, set in memory.
    @Test func aSectionThatWouldNotLoadBackIsNotSaved() throws {
        var scenario = try UncertaintyFixture.load(["  commitments:", "    - {investor: acme, probability: 50%}"])
        scenario.uncertainty.commitments[0].realised.value = .normal(mean: 0.5, sd: 0.1)
        #expect(throws: UnsavableScenario(description: "it would not load back: uncertainty.commitments[0].realised: expected a distribution that stays within 0 % to 100 % (fixed, uniform, triangular, pert, bernoulli or empirical), found normal")) {
            try ScenarioWriter.checkedYAML(scenario)
        }
    }

    /// A lost provider takes the delays of its contracts and sites with it, and the
    /// correlations naming them: the scenario still saves.
    @Test func aLostProviderTakesItsDelaysAlong() throws {
        let scenario = try UncertaintyFixture.load([
            "  burn_scale: 1.1",
            "  delays:",
            "    - {contract: oracle, months: 3}",
            "    - {site: saline, months: 6}",
            "    - {contract: aws, months: 1}",
            "  correlations:",
            "    - {between: [delay.saline, burn_scale], rank: 0.2}",
        ])
        let lost = WhatIf(lostProvider: "Oracle").apply(to: scenario)
        #expect(lost.uncertainty.delays.map(\.input) == [UncertainInput("delay.aws")])
        #expect(lost.uncertainty.correlations == [])
        #expect(throws: Never.self) { try ScenarioWriter.checkedYAML(lost) }
    }
}
