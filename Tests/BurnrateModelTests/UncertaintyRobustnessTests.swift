import PropertyBased
import Testing
@testable import BurnrateModel
import BurnrateYAML

/// Random `uncertainty` sections, right and wrong, from pieces that broke readers before:
/// each either loads and survives writing and loading, or is refused with diagnostics; none
/// crashes or hangs the loader.
@Suite struct UncertaintyRobustnessTests {
    static let keys = ["commitments", "revenue_growth_gap", "burn_scale", "delays", "delays_within_provider",
                       "correlations", "source", "basis", "burn-scale", "x"]
    static let values = [
        "1", "-1", "0", "-0", "1e308", "1e400", ".nan", "-.inf", "110%", "-100%", "-101%", "~", "[]", "{}", "'x'", "article",
        "guess", "derived", "[1, 2]", "[2, 1]", "[0, 5, 1]", "[1, 2, 3, 4]", "{fixed: 1}", "{uniform: [0, 1]}",
        "{triangular: [0, 1, 2]}", "{pert: [3, 3, 3]}", "{normal: {mean: 1, sd: 0}}", "{normal: {mean: 1}}",
        "{lognormal: {median: -1, sigma: 1}}", "{bernoulli: 2}", "{empirical: []}", "{empirical: [3, 1, .inf]}",
        "{uniform: [0, 1], normal: {mean: 0, sd: 1}}", "{gamma: 1}", "{fixed: {fixed: 1}}", "[[[[1]]]]",
        "[{investor: acme, probability: 50%}]", "[{investor: amazon, tranche: 1, probability: 1, realised: {pert: [0, 50%, 1]}}]",
        "[{investor: amazon, tranche: 99999999999999999999, probability: 1}]", "[{investor: microsoft, probability: 1}]",
        "[{contract: oracle, months: {pert: [0, 3, 1200]}}, {site: saline, months: -1200}]", "[{contract: oracle, site: saline}]",
        "[{between: [burn_scale, revenue_growth_gap], rank: 1}]", "[{between: [burn_scale], rank: 0}]",
        "[{between: [delay.oracle, delay.saline], rank: -1}, {between: [delay.saline, delay.oracle], rank: 1}]",
    ]

    static let sections = Generator<[String], Shrink.None<[String]>>(run: { rng in
        var dice = Dice(state: rng.next())
        return dice.times(0...6) { dice, _ in "  \(dice.pick(keys)): \(dice.pick(values))" }
    })

    @Test func everySectionLoadsAndSavesOrIsRefused() async {
        await propertyCheck(count: 500, input: Self.sections) { section in
            let text = UncertaintyFixture.text(section)
            do throws(DiagnosticList) {
                RoundTrip.check(try ScenarioLoader.load(text: text, file: "t.yaml"), origin: "section \(section)")
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { $0.line >= 36 }, "\(error) for \(section)")
            }
        }
    }
}
