import BurnrateModel
import Testing
@testable import BurnrateView

/// A slide's big figure takes its indicator's level colour; a figure without a threshold has
/// no level, so it is plain text rather than ok's colour.
@Suite struct FigureSlideTests {
    static let analysis = Analysis(scenario: try! ScenarioCatalog.load(BuiltInScenarios.defaultName))

    @Test func aJudgedFigureTakesItsLevelsColor() {
        let figure = FigureSlide.Figure(.indicator(IndicatorCatalogue.fundingGap.id), in: Self.analysis)
        // from all of the round (104.5) to its firm money only (154.5): the range, never one end
        #expect(figure.text == "$104.5B–$154.5B")
        #expect(figure.style == Style(.alert, [.bold]))
    }

    @Test func aFigureWithoutAThresholdIsPlainText() {
        let figure = FigureSlide.Figure(.indicator(IndicatorCatalogue.circularFlowBack.id), in: Self.analysis)
        #expect(figure.text == "$498B")
        #expect(figure.style == Style(.text, [.bold]))
        let ownership = FigureSlide.Figure(.indicator("ownership.amazon"), in: Self.analysis)
        #expect(ownership.style == Style(.text, [.bold]))
    }
}
