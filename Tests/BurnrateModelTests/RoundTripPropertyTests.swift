import PropertyBased
import Testing
@testable import BurnrateModel

/// Whatever loads saves into a file that loads back equal: for random scenarios of every
/// shape (`ScenarioGenerator`).
@Suite struct RoundTripPropertyTests {
    @Test func generatedScenariosSurviveWritingAndLoading() async {
        await propertyCheck(count: 300, input: ScenarioGenerator.scenario) { scenario in
            RoundTrip.check(scenario, origin: "a generated scenario")
        }
    }

    /// For files that spell values in every form the loader takes (`ScenarioSpellingGenerator`).
    @Test func filesInEveryAcceptedSpellingSurviveWritingAndLoading() async {
        await propertyCheck(count: 300, input: ScenarioSpellingGenerator.text) { text in
            do {
                RoundTrip.check(try ScenarioLoader.load(text: text, file: "spelled.yaml"), origin: "a spelled file")
            } catch {
                Issue.record("a spelled file does not load:\n\(error)\n\(text)")
            }
        }
    }

    /// What `s` saves: a what-if within the ranges `WhatIf.problems` accepts (delays of up to
    /// ten years) over a built-in always saves, and the file loads back equal.
    @Test(arguments: BuiltInScenarios.names)
    func whatIfsWithinTheirRangesAlwaysSave(name: String) async throws {
        let scenario = try ScenarioLoader.load(text: try #require(BuiltInScenarios.text(named: name)), file: name)
        let whatIfs = Generator<WhatIf, Shrink.None<WhatIf>>(run: { rng in
            var dice = Dice(state: rng.next())
            return dice.whatIf(over: scenario)
        })
        await propertyCheck(count: 100, input: whatIfs) { whatIf in
            #expect(whatIf.problems(in: scenario) == [])
            let adjusted = whatIf.apply(to: scenario)
            #expect(throws: Never.self) { try ScenarioWriter.checkedYAML(adjusted) }
            RoundTrip.check(adjusted, origin: "\(name) with \(whatIf)")
        }
    }
}

extension Dice {
    mutating func whatIf(over scenario: Scenario) -> WhatIf {
        let delayKeys = [WhatIf.everything] + scenario.sites.map(\.id) + scenario.contracts.map(\.id)
            + scenario.contracts.map(\.provider)
        var delays: [String: Int] = [:]
        for key in delayKeys where chance(0.2) { delays[key] = int(-120...120) }
        var realisation: [String: Double] = [:]
        for investor in scenario.round.investors where chance(0.3) { realisation[investor.id] = fraction() }
        return WhatIf(realisation: realisation,
                      revenueGrowth: chance(0.5) ? pick([-1, -0.5, 0, 0.25, 10, Double.random(in: -1...3, using: &self)]) : nil,
                      burnScale: chance(0.5) ? pick([0, 1, 2, 2.5, Double.random(in: 0...3, using: &self)]) : nil,
                      valuation: chance(0.3) ? pick([1, 500e9, 850e9, 1e13]) : nil,
                      delayMonths: delays,
                      // xai-2026 and coreweave-2026 have no contracts, so no provider to lose
                      lostProvider: chance(0.2) && !scenario.contracts.isEmpty ? pick(scenario.contracts.map(\.provider)) : nil)
    }
}
