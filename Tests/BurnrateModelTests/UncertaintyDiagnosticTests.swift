import Testing
@testable import BurnrateModel

/// Mistakes in the `uncertainty` section and the exact diagnostics each must produce. The
/// section's lines start at line 39 (`UncertaintyFixture`).
@Suite struct UncertaintyDiagnosticTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var section: [String]
        var expected: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a probability above 100 %", section: ["  commitments:", "    - {investor: acme, probability: 1.2}"],
             expected: [#"t.yaml:40:37: uncertainty.commitments[0].probability: expected a fraction from 0 % to 100 %, found "1.2""#]),
        Case(name: "a triangular whose mode is outside its range", section: ["  burn_scale: {triangular: [0.9, 1.5, 1.3]}"],
             expected: [#"t.yaml:39:34: uncertainty.burn_scale.triangular[1]: expected a mode between the low ("0.9") and the high ("1.3"), found "1.5""#]),
        Case(name: "a pert whose low is above its high", section: ["  delays:", "    - {contract: oracle, months: {pert: [12, 6, 3]}}"],
             expected: [#"t.yaml:40:49: uncertainty.delays[0].months.pert[2]: expected a high of at least the low ("12"), found "3""#]),
        Case(name: "a uniform whose low is above its high", section: ["  burn_scale: {uniform: [1.2, 0.8]}"],
             expected: [#"t.yaml:39:31: uncertainty.burn_scale.uniform[1]: expected a high of at least the low ("1.2"), found "0.8""#]),
        Case(name: "a triangular of two values", section: ["  burn_scale: {triangular: [0.9, 1.3]}"],
             expected: [#"t.yaml:39:28: uncertainty.burn_scale.triangular: expected a list of 3 values [low, mode, high], found a list of 2 values"#]),
        Case(name: "a normal with no spread", section: ["  revenue_growth_gap: {normal: {mean: -5%, sd: 0}}"],
             expected: [#"t.yaml:39:48: uncertainty.revenue_growth_gap.normal.sd: expected a standard deviation above 0, found "0""#]),
        Case(name: "a lognormal with a negative sigma", section: ["  burn_scale: {lognormal: {median: 1, sigma: -0.1}}"],
             expected: [#"t.yaml:39:46: uncertainty.burn_scale.lognormal.sigma: expected a sigma above 0, found "-0.1""#]),
        Case(name: "a lognormal with a median of 0", section: ["  delays:", "    - {contract: aws, months: {lognormal: {median: 0, sigma: 1}}}"],
             expected: [#"t.yaml:40:52: uncertainty.delays[0].months.lognormal.median: expected a median above 0, found "0""#]),
        Case(name: "a bernoulli above 1", section: ["  burn_scale: {bernoulli: 1.5}"],
             expected: [#"t.yaml:39:27: uncertainty.burn_scale.bernoulli: expected a fraction from 0 % to 100 %, found "1.5""#]),
        Case(name: "an empty empirical", section: ["  burn_scale: {empirical: []}"],
             expected: [#"t.yaml:39:27: uncertainty.burn_scale.empirical: expected at least one value, found an empty list"#]),
        Case(name: "an empirical too long to keep", section: ["  burn_scale: {empirical: [" + Array(repeating: "1", count: 10_001).joined(separator: ", ") + "]}"],
             expected: [#"t.yaml:39:27: uncertainty.burn_scale.empirical: expected at most 10000 values, found a list of 10001"#]),
        Case(name: "a NaN in a range", section: ["  burn_scale: {uniform: [.nan, 1.3]}"],
             expected: [#"t.yaml:39:26: uncertainty.burn_scale.uniform[0]: expected a finite ratio, found ".nan""#]),
        Case(name: "an infinite delay", section: ["  delays:", "    - {contract: aws, months: .inf}"],
             expected: [#"t.yaml:40:31: uncertainty.delays[0].months: expected a finite number, found ".inf""#]),
        Case(name: "a realised fraction from a normal", section: ["  commitments:", "    - {investor: acme, probability: 50%, realised: {normal: {mean: 50%, sd: 10%}}}"],
             expected: [#"t.yaml:40:52: uncertainty.commitments[0].realised: expected a distribution that stays within 0 % to 100 % (fixed, uniform, triangular, pert, bernoulli or empirical), found normal"#]),
        Case(name: "a realised fraction that can pass 100 %", section: ["  commitments:", "    - {investor: acme, probability: 50%, realised: {uniform: [50%, 120%]}}"],
             expected: [#"t.yaml:40:68: uncertainty.commitments[0].realised.uniform[1]: expected a fraction from 0 % to 100 %, found "120%""#]),
        Case(name: "a delay beyond the limit", section: ["  delays:", "    - {site: saline, months: {pert: [0, 6, 1300]}}"],
             expected: [#"t.yaml:40:44: uncertainty.delays[0].months.pert[2]: expected a delay of at most 1200 months either way, found "1300""#]),
        Case(name: "a gap below -100 %", section: ["  revenue_growth_gap: {uniform: [-150%, 0%]}"],
             expected: [#"t.yaml:39:34: uncertainty.revenue_growth_gap.uniform[0]: expected a gap of -100 % (no revenue at all) or more, found "-150%""#]),
        Case(name: "a negative burn scale", section: ["  burn_scale: -0.5"],
             expected: [#"t.yaml:39:15: uncertainty.burn_scale: expected a scale of 0 or more (1.25 = +25 %), found "-0.5""#]),
        Case(name: "an unknown investor", section: ["  commitments:", "    - {investor: amazn, probability: 50%}"],
             expected: [#"t.yaml:40:18: uncertainty.commitments[0].investor: expected an investor id listed under round.investors, found "amazn" (did you mean "amazon"?)"#]),
        Case(name: "an unknown contract", section: ["  delays:", "    - {contract: oracel, months: 3}"],
             expected: [#"t.yaml:40:18: uncertainty.delays[0].contract: expected a contract id listed under contracts, found "oracel" (did you mean "oracle"?)"#]),
        Case(name: "an unknown site", section: ["  delays:", "    - {site: salin, months: 3}"],
             expected: [#"t.yaml:40:14: uncertainty.delays[0].site: expected a site id listed under sites, found "salin" (did you mean "saline"?)"#]),
        Case(name: "a tranche the investor does not have", section: ["  commitments:", "    - {investor: amazon, tranche: 3, probability: 50%}"],
             expected: [#"t.yaml:40:35: uncertainty.commitments[0].tranche: expected a tranche of "amazon" from 1 to 2, found "3""#]),
        Case(name: "a tranche of an investor paid at once", section: ["  commitments:", "    - {investor: acme, tranche: 1, probability: 50%}"],
             expected: [#"t.yaml:40:33: uncertainty.commitments[0].tranche: expected no tranche ("acme" has none), found "1""#]),
        Case(name: "an investor with an undisclosed amount", section: ["  commitments:", "    - {investor: microsoft, probability: 50%}"],
             expected: [#"t.yaml:40:18: uncertainty.commitments[0].investor: expected an investor whose amount is disclosed, found "microsoft", whose amount is undisclosed (nothing to realise)"#]),
        Case(name: "a tranche with an undisclosed amount", section: ["  commitments:", "    - {investor: amazon, tranche: 2, probability: 50%}"],
             expected: [#"t.yaml:40:35: uncertainty.commitments[0].tranche: expected a tranche whose amount is disclosed, found tranche 2 of "amazon", whose amount is undisclosed (nothing to realise)"#]),
        Case(name: "the same commitment twice", section: ["  commitments:", "    - {investor: acme, probability: 50%}", "    - {investor: acme, probability: 60%}"],
             expected: [#"t.yaml:41:7: uncertainty.commitments[1]: duplicate commitment "commitment.acme", first given at line 40"#]),
        Case(name: "a whole commitment and one of its tranches", section: ["  commitments:", "    - {investor: amazon, tranche: 1, probability: 50%}", "    - {investor: amazon, probability: 60%}"],
             expected: [#"t.yaml:41:7: uncertainty.commitments[1]: expected either the whole commitment of "amazon" or its tranches, found both (the other at line 40)"#]),
        Case(name: "the same delay twice", section: ["  delays:", "    - {site: saline, months: 3}", "    - {site: saline, months: 6}"],
             expected: [#"t.yaml:41:7: uncertainty.delays[1]: duplicate delay "delay.saline", first given at line 40"#]),
        Case(name: "a delay of both a contract and a site", section: ["  delays:", "    - {contract: oracle, site: saline, months: 3}"],
             expected: [#"t.yaml:40:7: uncertainty.delays[0]: expected one of contract or site, found contract and site"#]),
        Case(name: "a delay of nothing", section: ["  delays:", "    - {months: 3}"],
             expected: [#"t.yaml:40:7: uncertainty.delays[0]: missing required key "contract" (or "site")"#]),
        Case(name: "a correlation above 1", section: ["  revenue_growth_gap: -5%", "  burn_scale: 1.1", "  correlations:", "    - {between: [revenue_growth_gap, burn_scale], rank: 1.5}"],
             expected: [#"t.yaml:42:57: uncertainty.correlations[0].rank: expected a rank correlation from -1 to 1, found "1.5""#]),
        Case(name: "a correlation within a provider below -1", section: ["  delays_within_provider: -2"],
             expected: [#"t.yaml:39:27: uncertainty.delays_within_provider: expected a rank correlation from -1 to 1, found "-2""#]),
        Case(name: "a correlation naming an unknown input", section: ["  burn_scale: 1.1", "  delays:", "    - {contract: oracle, months: 3}", "  correlations:", "    - {between: [burn_scale, delay.oracel], rank: 0.2}"],
             expected: [#"t.yaml:43:30: uncertainty.correlations[0].between[1]: expected an input this section makes uncertain (revenue_growth_gap, burn_scale, commitment.ID, commitment.ID.N, realisation.ID, realisation.ID.N or delay.ID), found "delay.oracel" (did you mean "delay.oracle"?)"#]),
        Case(name: "a correlation of an input with itself", section: ["  burn_scale: 1.1", "  correlations:", "    - {between: [burn_scale, burn_scale], rank: 0.2}"],
             expected: [#"t.yaml:41:30: uncertainty.correlations[0].between[1]: expected two different inputs, found "burn_scale" twice"#]),
        Case(name: "a correlation between three inputs", section: ["  burn_scale: 1.1", "  correlations:", "    - {between: [burn_scale, burn_scale, burn_scale], rank: 0.2}"],
             expected: [#"t.yaml:41:17: uncertainty.correlations[0].between: expected a list of two input names, found a list of 3 names"#]),
        Case(name: "a pair given twice", section: ["  revenue_growth_gap: -5%", "  burn_scale: 1.1", "  correlations:", "    - {between: [revenue_growth_gap, burn_scale], rank: 0.2}", "    - {between: [burn_scale, revenue_growth_gap], rank: 0.4}"],
             expected: [#"t.yaml:43:7: uncertainty.correlations[1]: duplicate correlation between "burn_scale" and "revenue_growth_gap", first given at line 42"#]),
        Case(name: "an unknown key in the section", section: ["  burn_scal: 1.1"],
             expected: [#"t.yaml:39:3: uncertainty.burn_scal: unknown key "burn_scal" (did you mean "burn_scale"?)"#]),
        Case(name: "an unknown key in a commitment", section: ["  commitments:", "    - {investor: acme, probabilty: 50%}"],
             expected: [#"t.yaml:40:24: uncertainty.commitments[0].probabilty: unknown key "probabilty" (did you mean "probability"?)"#]),
        Case(name: "a misspelt shape", section: ["  burn_scale: {unifrom: [0.9, 1.3]}"],
             expected: [#"t.yaml:39:16: uncertainty.burn_scale.unifrom: unknown key "unifrom" (did you mean "uniform"?)"#]),
        Case(name: "two shapes at once", section: ["  burn_scale: {uniform: [0.9, 1.3], fixed: 1}"],
             expected: [#"t.yaml:39:15: uncertainty.burn_scale: expected one distribution, found fixed and uniform"#]),
        Case(name: "no shape", section: ["  burn_scale: {source: article}"],
             expected: [#"t.yaml:39:15: uncertainty.burn_scale: expected a distribution (fixed, uniform, triangular, normal, lognormal, pert, bernoulli or empirical), found none"#]),
        Case(name: "a shape that is not one", section: ["  burn_scale: {gamma: [1, 2]}"],
             expected: [#"t.yaml:39:16: uncertainty.burn_scale.gamma: unknown key "gamma"; expected one of fixed, uniform, triangular, normal, lognormal, pert, bernoulli, empirical, source, basis, confidential"#]),
        Case(name: "an unknown input while another entry is broken", section: ["  burn_scale: -1", "  correlations:", "    - {between: [burn_scale, revenue_growth_gap], rank: 0.2}"],
             expected: [#"t.yaml:39:15: uncertainty.burn_scale: expected a scale of 0 or more (1.25 = +25 %), found "-1""#]),
    ]

    @Test(arguments: cases) func reportsExactly(_ broken: Case) {
        #expect(UncertaintyFixture.diagnostics(broken.section) == broken.expected)
    }

    /// A section without `source:` leaves each figure to name its own.
    @Test func aDistributionWithNoSourceAnywhere() {
        let text = (UncertaintyFixture.base.dropLast(2) + ["  burn_scale: {uniform: [0.9, 1.3]}", "  delays_within_provider: 0.5"])
            .joined(separator: "\n")
        #expect(LoaderDiagnosticTests.diagnostics(text) == [
            "t.yaml:37:15: uncertainty.burn_scale: expected a source for this figure (a source: key on it or on an enclosing object), found none",
            "t.yaml:38:27: uncertainty.delays_within_provider: expected a source for this figure (a source: key on it or on an enclosing object), found none",
        ])
    }

    /// Correlations that no set of inputs can have together: a and b move together, a and c
    /// too, but b and c oppositely. Reported at `correlations`, naming the inputs involved.
    @Test func correlationsThatCannotHoldTogether() {
        #expect(UncertaintyFixture.diagnostics([
            "  revenue_growth_gap: -5%",
            "  burn_scale: 1.1",
            "  delays:",
            "    - {contract: aws, months: 3}",
            "  correlations:",
            "    - {between: [revenue_growth_gap, burn_scale], rank: 0.9}",
            "    - {between: [revenue_growth_gap, delay.aws], rank: 0.9}",
            "    - {between: [burn_scale, delay.aws], rank: -0.9}",
        ]) == ["t.yaml:44:5: uncertainty.correlations: expected correlations that can all hold at once (a positive semi-definite matrix), found some that cannot, between revenue_growth_gap, burn_scale and delay.aws"])
    }

    /// Oracle's contract and the site serving it are linked by `delays_within_provider`; the
    /// other two pairs contradict that link. The revenue gap, correlated with nothing, is not named.
    @Test func correlationsWithinAProviderThatCannotHoldWithTheOthers() {
        #expect(UncertaintyFixture.diagnostics([
            "  revenue_growth_gap: -5%",
            "  burn_scale: 1.1",
            "  delays:",
            "    - {contract: oracle, months: 3}",
            "    - {site: saline, months: 3}",
            "  delays_within_provider: 0.9",
            "  correlations:",
            "    - {between: [delay.oracle, burn_scale], rank: 0.9}",
            "    - {between: [delay.saline, burn_scale], rank: -0.9}",
        ]) == ["t.yaml:46:5: uncertainty.correlations: expected correlations that can all hold at once (a positive semi-definite matrix), found some that cannot, between burn_scale, delay.oracle and delay.saline"])
    }

    /// Correlations of exactly 1 or -1 are possible (one input then moves the other), as long
    /// as every pair agrees.
    @Test func perfectCorrelationsHoldTogetherOnlyWhenConsistent() {
        let consistent = [
            "  revenue_growth_gap: -5%",
            "  burn_scale: 1.1",
            "  delays:",
            "    - {contract: oracle, months: 3}",
            "    - {site: saline, months: 3}",
            "  delays_within_provider: 1",
            "  correlations:",
            "    - {between: [delay.oracle, burn_scale], rank: 1}",
            "    - {between: [delay.saline, burn_scale], rank: 1}",
        ]
        #expect(UncertaintyFixture.diagnostics(consistent) == [])
        // Moving with burn_scale as both delays do, the gap cannot be independent of one
        // of them and opposite to the other.
        #expect(UncertaintyFixture.diagnostics(consistent + ["    - {between: [delay.saline, revenue_growth_gap], rank: -1}"])
                == ["t.yaml:46:5: uncertainty.correlations: expected correlations that can all hold at once (a positive semi-definite matrix), found some that cannot, between revenue_growth_gap, burn_scale, delay.oracle and delay.saline"])
    }

    /// Counted before any entry is read, and nothing else reported.
    @Test func moreUncertainInputsThanASimulationCorrelates() {
        let delays = Array(repeating: "    - {contract: aws, months: 1}", count: 1_000)
        #expect(UncertaintyFixture.diagnostics(["  burn_scale: 1.1", "  delays:"] + delays) == [
            "t.yaml:37:3: uncertainty: expected at most 1000 uncertain inputs (a commitment is two: its probability and its realised fraction), found 1001",
        ])
    }
}
