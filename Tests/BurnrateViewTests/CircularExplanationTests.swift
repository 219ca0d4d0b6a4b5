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

    @Test func aShareScaledDownWithTheOthersSaysSo() throws {
        var scenario = BuiltInExplanation.analysis.scenario
        // Amazon also takes 50 % of other spending: with Nvidia's 70 %, 120 %, each scaled by 1 ÷ 1.2
        let amazon = try #require(scenario.round.investors.firstIndex { $0.id == "amazon" })
        scenario.round.investors[amazon].supplier?.spendShare = Sourced(0.5, source: "article", basis: .assumption)
        let text = Explanation(.circularFlow("nvidia"), in: Analysis(scenario: scenario), glyphs: .unicode).spans.map(\.text).joined()
        // 70 % × 300 ÷ 1.2 = 175
        #expect(text.contains("  Through others: 70.0 % × contracts paid to no investor $300B = $175B, "
            + "scaled down: the spend shares add up to more than 100 %\n"))
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
