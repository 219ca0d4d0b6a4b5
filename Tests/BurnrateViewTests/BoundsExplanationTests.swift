import BurnrateModel
import Testing
@testable import BurnrateView

/// Explain shows a figure worked out from a bound as bounds, with the bounds it comes from
/// ("up to $50B ÷ at least $850B") and the figure that is judged.
@Suite struct BoundsExplanationTests {
    @Test func aStakeShowsItsBase() {
        let text = BuiltInExplanation.text(.indicator(IndicatorCatalogue.ownershipPrefix + "amazon"))
        #expect(text.hasPrefix("Value: ≤ 5.9 %  · info\nPoint figure: 5.9 %; the value above is worked out from a bound\n"))
        #expect(text.contains("Formula: Amazon ÷ post-money = up to $50B ÷ at least $850B = ≤ 5.9 %\n"))
        // the inputs as the article states them, not their headlines
        #expect(text.contains("  Amazon: up to $50B  (reported)  [article, 2026-02]\n"))
        #expect(text.contains("  Post-money valuation: at least $850B  (reported)  [article, 2026-02]\n"))
    }

    @Test func theGapSaysWhatTheBaseCaseCountsAndWhatIsJudged() {
        let text = BuiltInExplanation.text(.indicator(IndicatorCatalogue.fundingGap.id))
        // cash at as-of $17.5B − $4B − 25 × (1 + 19/28)/12 = $10.003B; base case (SoftBank 30 + Nvidia 20 in 2026):
        // 10.003 + 50 − 25 × (12 − 1.679)/12 = 38.5 → −57 → −18.5 → −85 → −103.5 → −51 → −154.5 (2029);
        // all of the round adds Amazon's 50: −104.5 in 2029
        #expect(text.hasPrefix("Value: $104.5B–$154.5B  ✗ alert\nJudged at: $154.5B; the value above is worked out from a bound\n"))
        #expect(text.contains("Formula: base case (firm + scheduled): lowest year-end cash 2026–2030 = -$154.5B (2029) → gap $154.5B; "
                              + "all round money at its most: -$104.5B (2029), firm money only: -$154.5B (2029) → gap $104.5B–$154.5B\n"))
        #expect(text.contains("  Round: Amazon (base case counts $0): up to $50B  (reported)  [article, 2026-02]\n"))
        #expect(text.contains("  Round: Microsoft (base case counts nothing): undisclosed  (reported)  [article, 2026-02]\n"))
    }

    @Test func anExactFigureSaysNothingOfBounds() {
        let text = BuiltInExplanation.text(.indicator(IndicatorCatalogue.investorConcentration.id))
        #expect(!text.contains("Judged at") && !text.contains("Point figure"))
    }
}
