import BurnrateModel
import Testing
@testable import BurnrateView

/// Explain shows money flowing back counted once and gross, over all contract value, as a
/// figure with no level.
@Suite struct CircularExplanationTests {
    @Test func anInvestorSaysWhatFlowsBackToItOnceAndGross() {
        // Nvidia: 70 % of oracle's 300 = 210 once; 70 % of all 588 = 411.6 gross.
        #expect(BuiltInExplanation.text(.investor("nvidia")).contains("Flows back: $210B counting each contract dollar once, $411.6B gross\n"))
        #expect(!BuiltInExplanation.text(.investor("softbank")).contains("Flows back"))
    }

    @Test func theIndicatorShowsBothOverTheirBaseAndNoLevel() {
        let text = BuiltInExplanation.text(.indicator(IndicatorCatalogue.circularFlowBack.id))
        #expect(text.hasPrefix("Value: $498B  · info\n"))
        #expect(text.contains("Thresholds: none (a figure to read: not judged, not in the composite score)\n"))
        for line in ["All contract value, the base: $588B", "Each dollar once ÷ all contract value: 84.7 %",
                     "Gross, shares of contracts paid to investors counted again: $699.6B", "Gross ÷ all contract value: 119.0 %"] {
            #expect(text.contains("  \(line)  (derived)\n"), "\(line)")
        }
    }
}
