import BurnrateModel
import Testing
@testable import BurnrateView

/// Explain on an indicator the scenario cannot compute says so and why, never a 0.
@Suite struct NotApplicableExplanationTests {
    @Test func theBuiltInScenarioHasNoDebtToCover() {
        let text = BuiltInExplanation.text(.indicator(IndicatorCatalogue.interestCover.id))
        #expect(text == """
            Value: n/a  · info
            Not applicable: no debt stated: no value, not judged, not in the composite score
            Formula: n/a: no debt stated
            Thresholds: watch below 3.00×, alert below 1.50×

            Inputs

            """)
    }
}
