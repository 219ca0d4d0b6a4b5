import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// During playback the composite score in the header and in the risk panel's title follows the
/// year, as the indicators that change by year do (`Analysis.judgedIndicators(inYear:)`).
@Suite(.snapshots(record: .missing))
struct PlaybackCompositeTests {
    func press(_ keys: [Key], from start: AppState? = nil) -> AppState {
        var state = start ?? AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
        for key in keys { state = DashboardUpdate.update(state, .key(key)).0 }
        return state
    }

    static func header(_ state: AppState) -> String {
        String(DashboardSnapshotTests.screen(state).split(separator: "\n")[0])
    }

    /// The risk panel's top border, where its title carries the score.
    static func riskTitle(_ state: AppState) -> String {
        DashboardSnapshotTests.screen(state).split(separator: "\n").first { $0.contains("score ") }.map(String.init) ?? ""
    }

    /// The built-in scenario, year by year, in its base case (cash 38.5, −18.5, −103.5, −154.5,
    /// −115.5; cash runs out at 2027 + 38.5 ÷ 57 = 2027.675439; contracts 588B). Every other
    /// indicator is the same in every year: weight × severity 9.866667 of Σ weight 19
    /// (BuiltInScenarioTests.compositeRiskOfTheArticleScenario: 16.819257 − gap 2 − runway 1.952590
    /// − commitments 3).
    /// - 2026: gap 0 → 0; runway 2027.675439 − 2026 = 1.675439 → 2 × (3 − 1.675439) ÷ 1.5 = 1.766082;
    ///   commitments 588 ÷ 30 = 19.6× → 3 × (19.6 − 10) ÷ 15 = 1.92: 100 × 13.552749 ÷ 19 = 71.33
    /// - 2027: gap 18.5 → 2 × 18.5 ÷ 50 = 0.74; runway 0.675439 (< 1.5) → 2; 588 ÷ 52 = 11.307692×
    ///   → 3 × 0.087179 = 0.261538: 100 × 12.868205 ÷ 19 = 67.73
    /// - 2028: gap 103.5 (> 50) → 2; runway 0 → 2; 588 ÷ 92 = 6.39× → 0: 100 × 13.866667 ÷ 19 = 72.98
    /// As of 2026-02-20: 88.52.
    @Test func theCompositeFollowsThePlaybackYear() {
        let analysis = DashboardSnapshotTests.analysis
        let composite = { (year: Int?) in
            analysis.judgedIndicators(inYear: year).first { $0.id == IndicatorCatalogue.composite.id }?.value
        }
        #expect(isClose(composite(nil), 88.5224, tolerance: 1e-5))
        #expect(isClose(composite(2026), 71.3303, tolerance: 1e-5))
        #expect(isClose(composite(2027), 67.7274, tolerance: 1e-5))
        #expect(isClose(composite(2028), 72.9825))
        #expect(composite(2031) == composite(nil), "a year outside the projection is the as-of picture")

        let before = press([])
        #expect(Self.header(before).contains(" risk 89 "))
        #expect(Self.riskTitle(before).contains("score 89 "))
        var playing = press([.character(" ")])
        #expect(playing.timeline.year == 2026 && playing.timeline.isPlaying)
        #expect(Self.header(playing).contains(" risk 71 "))
        #expect(Self.riskTitle(playing).contains("score 71 "))
        for (year, score) in [(2027, "68"), (2028, "73")] {
            playing = DashboardUpdate.update(playing, .timelineStep).0
            #expect(playing.timeline.year == year)
            #expect(Self.header(playing).contains(" risk \(score) "), "\(year)")
            #expect(Self.riskTitle(playing).contains("score \(score) "), "\(year)")
        }
    }

    /// Oracle a year late (ExplainDatesTests.aDelayListsWhatItMovedEachYear: burn 2027 7.675,
    /// 2028 121.575; revenue lost 10.675 in 2027, 36.575 in 2028), base case: cash 38.5, 30.825,
    /// −90.75; runs out at 2028 + 30.825 ÷ 121.575 = 2028.253547. In 2027: gap 0; runway
    /// 1.253547 (< 1.5) → 2; revenue 52 − 10.675 = 41.325: 588 ÷ 41.325 = 14.228675× → 3 ×
    /// 0.281912 = 0.845735: 100 × (9.866667 + 0 + 2 + 0.845735) ÷ 19 = 66.91 (67.73 without).
    @Test func aDelayMovesTheCompositeOfEachYear() throws {
        var model = DashboardSnapshotTests.model
        model.adjust(try WhatIfSetting.apply("delay.oracle=12", to: WhatIf()))
        let analysis = model.analysis
        let composite = analysis.judgedIndicators(inYear: 2027).first { $0.id == IndicatorCatalogue.composite.id }
        #expect(isClose(composite?.value, 66.9074, tolerance: 1e-5))
        // On screen in 2026 the change is against the scenario in 2026, not as of its date:
        // gap 0 (38.5 left) against 0; 2026's revenue and payments do not move (588 ÷ 30 → 1.92);
        // runway 2028.253547 − 2026 = 2.253547 → 2 × (3 − 2.253547) ÷ 1.5 = 0.995271: composite
        // 100 × (9.866667 + 0.995271 + 1.92) ÷ 19 = 67.27 against 71.33: ▼ 4. Paying Oracle's
        // $60B a year later helps cash more than 2027's lost revenue costs it, until 2028.
        let state = press([.character(" ")], from: AppState(model: model, width: 160, height: 48))
        let screen = DashboardSnapshotTests.screen(state).split(separator: "\n")
        let row = { (name: String) in screen.first { $0.contains(name) }.map(String.init) ?? "" }
        #expect(row("✗ Composite score").contains("67 ▼ 4"), "\(row("Composite score"))")
        #expect(row("Funding gap").contains("$0 ") && !row("Funding gap").contains("▼"), "\(row("Funding gap"))")
    }

    /// A year's figure carries that year's bounds, never the as-of ones ($104.5B–$154.5B, 1.5–2.2
    /// years) beside it. 2028: cash −103.5 in the base case, −53.5 with all of the round → gap
    /// $53.5B–$103.5B; cash runs out at 2027.675439 (base case, least) or 2028 + 31.5 ÷ 85 =
    /// 2028.370588 (most) → runway max(0, −0.32) = 0 to 0.370588: ≤ 0.4 years, judged at 0 (alert).
    @Test func aYearShowsItsOwnBounds() {
        var state = press([.character(" ")])
        for _ in 0..<2 { state = DashboardUpdate.update(state, .timelineStep).0 }
        #expect(state.timeline.year == 2028)
        let screen = DashboardSnapshotTests.screen(state).split(separator: "\n")
        let row = { (name: String) in screen.first { $0.contains("│ " + name) || $0.contains("┃ " + name) }.map(String.init) ?? "" }
        #expect(row("✗ Funding gap").contains(" $53.5B–$103.5B "), "\(row("✗ Funding gap"))")
        #expect(row("✗ Cash runway").contains(" ≤ 0.4 years "), "\(row("✗ Cash runway"))")
    }

    /// Playing, on 2027: the header's risk and the panel's score are those of 2027, beside the
    /// highlighted 2027 row of the projection and the indicators at their 2027 values.
    @Test func snapshotWhilePlaying() {
        var state = press([.character(" ")])
        state = DashboardUpdate.update(state, .timelineStep).0
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines, named: "2027-160x48")
    }
}

func isClose(_ actual: Double?, _ expected: Double, tolerance: Double = 1e-6) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}
