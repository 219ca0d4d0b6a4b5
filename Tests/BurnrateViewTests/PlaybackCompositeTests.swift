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

    /// The built-in scenario, year by year (cash 88.5, 31.5, −53.5, −104.5, −65.5; cash runs out at
    /// 2028.370588; contracts 588B). Every other indicator is the same in every year: weight ×
    /// severity 9.866667 of Σ weight 19 (BuiltInScenarioTests.compositeRiskOfTheArticleScenario).
    /// - 2026: gap 0 → 0; runway 2028.370588 − 2026 = 2.370588 → 2 × (3 − 2.370588) ÷ 1.5 = 0.839216;
    ///   commitments 588 ÷ 30 = 19.6× → 3 × (19.6 − 10) ÷ 15 = 1.92: 100 × 12.625883 ÷ 19 = 66.45
    /// - 2027: gap 0; runway 1.370588 (< 1.5) → 2; 588 ÷ 52 = 11.307692× → 3 × 0.087179 = 0.261538:
    ///   100 × 12.128205 ÷ 19 = 63.83
    /// - 2028: gap 53.5 (> 50) → 2; runway 0.37 → 2; 588 ÷ 92 = 6.39× → 0: 100 × 13.866667 ÷ 19 = 72.98
    /// As of 2026-02-20: 83.64.
    @Test func theCompositeFollowsThePlaybackYear() {
        let analysis = DashboardSnapshotTests.analysis
        let composite = { (year: Int?) in
            analysis.judgedIndicators(inYear: year).first { $0.id == IndicatorCatalogue.composite.id }?.value
        }
        #expect(isClose(composite(nil), 83.6442))
        #expect(isClose(composite(2026), 66.4520))
        #expect(isClose(composite(2027), 63.8327))
        #expect(isClose(composite(2028), 72.9825))
        #expect(composite(2031) == composite(nil), "a year outside the projection is the as-of picture")

        let before = press([])
        #expect(Self.header(before).contains(" risk 84 "))
        #expect(Self.riskTitle(before).contains("score 84 "))
        var playing = press([.character(" ")])
        #expect(playing.timeline.year == 2026 && playing.timeline.isPlaying)
        #expect(Self.header(playing).contains(" risk 66 "))
        #expect(Self.riskTitle(playing).contains("score 66 "))
        for (year, score) in [(2027, "64"), (2028, "73")] {
            playing = DashboardUpdate.update(playing, .timelineStep).0
            #expect(playing.timeline.year == year)
            #expect(Self.header(playing).contains(" risk \(score) "), "\(year)")
            #expect(Self.riskTitle(playing).contains("score \(score) "), "\(year)")
        }
    }

    /// Oracle a year late, in 2027: gap 0 (cash 64.725); runway 2028.503403 − 2027 = 1.503403 →
    /// 2 × (3 − 1.503403) ÷ 1.5 = 1.995463; revenue 52 − 19.425 = 32.575: 588 ÷ 32.575 = 18.050652×
    /// → 3 × 0.536710 = 1.610130: 100 × (9.866667 + 1.610130 + 1.995463) ÷ 19 = 70.91 (63.83 without).
    @Test func aDelayMovesTheCompositeOfEachYear() throws {
        var model = DashboardSnapshotTests.model
        model.adjust(try WhatIfSetting.apply("delay.oracle=12", to: WhatIf()))
        let analysis = model.analysis
        let composite = analysis.judgedIndicators(inYear: 2027).first { $0.id == IndicatorCatalogue.composite.id }
        #expect(isClose(composite?.value, 70.9066, tolerance: 1e-5))
        // On screen in 2026 the change is against the scenario in 2026, not as of its date:
        // gap 0 (81.15 left) against 0; composite 100 × (9.866667 + 3 × 1 (588 ÷ 22.65 = 26.0×)
        // + 2 × (3 − 2.503403) ÷ 1.5) ÷ 19 = 71.20 against 66.45: ▲ 5 (as of its date it would be ▼ 12)
        let state = press([.character(" ")], from: AppState(model: model, width: 160, height: 48))
        let screen = DashboardSnapshotTests.screen(state).split(separator: "\n")
        let row = { (name: String) in screen.first { $0.contains(name) }.map(String.init) ?? "" }
        #expect(row("✗ Composite score").contains("71 ▲ 5"), "\(row("Composite score"))")
        #expect(row("Funding gap").contains("$0 ") && !row("Funding gap").contains("▼"), "\(row("Funding gap"))")
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
