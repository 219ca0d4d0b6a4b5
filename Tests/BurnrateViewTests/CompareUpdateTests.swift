import BurnrateModel
import Testing
@testable import BurnrateView

/// `c` and the keys of the open compare view, through the pure update function.
@Suite struct CompareUpdateTests {
    static let closed = Analysis(scenario: try! ScenarioCatalog.load("openai-2026-03-close"))

    func state(_ kind: CompareTarget.Kind? = .fallback, whatIf: Bool = false, width: Int = 100, height: Int = 30) -> AppState {
        var model = DashboardSnapshotTests.model
        if whatIf { model.adjust(StressPreset.named("softbank-half")!.whatIf(for: model.base), presetID: "softbank-half") }
        var state = AppState(model: model, width: width, height: height)
        state.compare.target = kind.map { CompareTarget(analysis: Self.closed, label: "openai-2026-03-close", kind: $0) }
        return state
    }

    func press(_ keys: [Key], from start: AppState) -> AppState {
        keys.reduce(start) { DashboardUpdate.update($0, .key($1)).0 }
    }

    @Test func cOpensTheComparisonAndClosesIt() {
        let opened = press([.character("c")], from: state())
        #expect(opened.compare.open == OpenComparison(against: .target))
        #expect(opened.comparison?.labelB == "openai-2026-03-close")
        #expect(press([.character("c")], from: opened).compare.open == nil)
        #expect(press([.escape], from: opened).compare.open == nil)
    }

    @Test func withAWhatIfTheFallbackGivesWayToTheBaseButAChosenScenarioDoesNot() {
        let againstBase = press([.character("c")], from: state(.fallback, whatIf: true))
        #expect(againstBase.compare.open?.against == .base)
        #expect(againstBase.comparison?.comparison.b == againstBase.model.baseAnalysis)
        #expect(againstBase.comparison?.comparison.a == againstBase.analysis)
        #expect(press([.character("c")], from: state(.chosen, whatIf: true)).compare.open?.against == .target)
        #expect(press([.character("c")], from: state(nil, whatIf: true)).compare.open?.against == .base)
    }

    @Test func withNothingToCompareItSaysSo() {
        let unchanged = press([.character("c")], from: state(nil))
        #expect(unchanged.compare.open == nil)
        #expect(unchanged.message == "nothing to compare with: start burnrate with --compare A B")
    }

    @Test func arrowsAndPagesScrollWithinTheContent() {
        let opened = press([.character("c")], from: state())
        #expect(press([.down, .down, .character("j")], from: opened).compare.open?.scroll == 3)
        #expect(press([.up], from: opened).compare.open?.scroll == 0, "never above the top")
        let end = press([.end], from: opened)
        let limit = CompareView.scrollLimit(end)
        #expect(limit > 0, "the comparison is taller than 100×30")
        #expect(end.compare.open?.scroll == limit)
        #expect(press([.pageDown, .pageDown, .pageDown, .pageDown], from: opened).compare.open?.scroll == limit)
        #expect(press([.home], from: end).compare.open?.scroll == 0)
        // 30 rows − header 1 − footer 1 − border 2 = 26 visible: at the end the title shows the
        // last 26 rows of limit + 26.
        let screen = CanvasRenderer.text(DashboardView.render(end))
        #expect(screen.contains("rows \(limit + 1)–\(limit + 26) of \(limit + 26)"))
        #expect(screen.contains("Implied ownership"))
        #expect(!screen.contains("Valuation (post-money)"), "the round has scrolled off the top")
    }

    @Test func otherKeysStillWorkWhileComparing() {
        let opened = press([.character("c")], from: state())
        #expect(DashboardUpdate.update(opened, .key(.character("q"))).1 == .quit)
        #expect(press([.character("w")], from: opened).whatIfPanel != nil)
        #expect(press([.character("?")], from: opened).overlay == .help)
    }
}
