import BurnrateModel
import Testing
@testable import BurnrateView

/// Explain shows a figure worked out from a bound as bounds, with the bounds it comes from
/// ("up to $50B ÷ at least $850B") and the figure that is judged.
@Suite struct BoundsExplanationTests {
    static let analysis = Analysis(scenario: try! ScenarioCatalog.load(BuiltInScenarios.defaultName))

    static func text(_ target: ExplainTarget) -> String {
        Explanation(target, in: analysis, glyphs: .unicode).spans.map(\.text).joined()
    }

    @Test func aStakeShowsItsBase() {
        let text = Self.text(.indicator(IndicatorCatalogue.ownershipPrefix + "amazon"))
        #expect(text.hasPrefix("Value: ≤ 5.9 %  · info\nPoint figure: 5.9 %; the value above is worked out from a bound\n"))
        #expect(text.contains("Formula: Amazon ÷ post-money = up to $50B ÷ at least $850B = ≤ 5.9 %\n"))
        // the inputs as the article states them, not their headlines
        #expect(text.contains("  Amazon: up to $50B  (reported)  [article]\n"))
        #expect(text.contains("  Post-money valuation: at least $850B  (reported)  [article]\n"))
    }

    @Test func theGapSaysWhatTheBaseCaseCountsAndWhatIsJudged() {
        let text = Self.text(.indicator(IndicatorCatalogue.fundingGap.id))
        // 100.5 with all of the round, 150.5 with firm money only (the base case here)
        #expect(text.hasPrefix("Value: $100.5B–$150.5B  ✗ alert\nJudged at: $150.5B; the value above is worked out from a bound\n"))
        #expect(text.contains("Formula: base case (firm + scheduled): lowest year-end cash 2026–2030 = -$150.5B (2029) → gap $150.5B; "
                              + "all round money at its most: -$100.5B (2029), firm money only: -$150.5B (2029) → gap $100.5B–$150.5B\n"))
        #expect(text.contains("  Round: Amazon (base case counts $0): up to $50B  (reported)  [article]\n"))
        #expect(text.contains("  Round: Microsoft (base case counts nothing): undisclosed  (reported)  [article]\n"))
    }

    @Test func anExactFigureSaysNothingOfBounds() {
        let text = Self.text(.indicator(IndicatorCatalogue.investorConcentration.id))
        #expect(!text.contains("Judged at") && !text.contains("Point figure"))
    }
}
