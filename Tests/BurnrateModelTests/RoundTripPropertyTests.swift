import PropertyBased
import Testing
@testable import BurnrateModel

/// Whatever loads saves into a file that loads back equal: for random scenarios of every
/// shape (`ScenarioGenerator`).
@Suite struct RoundTripPropertyTests {
    @Test func generatedScenariosSurviveWritingAndLoading() async {
        await propertyCheck(count: 400, input: ScenarioGenerator.scenario) { scenario in
            RoundTrip.check(scenario, origin: "a generated scenario")
        }
    }
}
