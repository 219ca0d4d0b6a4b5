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
}
