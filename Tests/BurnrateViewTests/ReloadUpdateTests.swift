import BurnrateModel
import Testing
@testable import BurnrateView
import BurnrateYAML

/// What the dashboard does with the scenario file's changes on disk, as events: the watcher in
/// the executable turns inotify into these.
@Suite struct ReloadUpdateTests {
    static let articleText = BuiltInScenarios.text(named: BuiltInScenarios.defaultName)!

    /// The article's scenario with pieces of its text replaced, as a user would edit it.
    static func edited(_ original: String, _ replacement: String, _ more: [(String, String)] = []) throws -> Scenario {
        let text = ([(original, replacement)] + more).reduce(articleText) { text, edit in
            #expect(text.contains(edit.0), "the built-in scenario no longer says \(edit.0)")
            return text.replacingOccurrences(of: edit.0, with: edit.1)
        }
        return try ScenarioLoader.load(text: text, file: "s.yaml")
    }

    static let softBankAt45B = try! edited("      amount: 30B\n", "      amount: 45B\n")

    static let brokenAmount = DiagnosticList([Diagnostic(
        file: "s.yaml", line: 122, column: 15, path: "round.investors[1].amount",
        message: #"expected an amount like 30e9 or "30B", found "thirty""#)])

    func state() -> AppState {
        AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
    }

    func softBank(_ state: AppState) -> Double? {
        state.analysis.investors.first { $0.id == "softbank" }?.headline
    }

    func apply(_ events: [AppEvent], to start: AppState) -> AppState {
        events.reduce(start) { DashboardUpdate.update($0, $1).0 }
    }

    @Test func aGoodReloadReplacesTheModel() {
        let reloaded = apply([.scenarioFile(.reloaded(Self.softBankAt45B))], to: state())
        #expect(softBank(state()) == 30e9)
        #expect(softBank(reloaded) == 45e9)
        #expect(reloaded.model.baseAnalysis == reloaded.analysis, "no what-if, so the panels show the base")
        #expect(reloaded.banner == nil)
        #expect(reloaded.message == "reloaded openai-2026-02")
    }

    @Test func aBrokenFileKeepsTheLastGoodModelUnderABannerUntilTheNextGoodLoad() {
        let good = apply([.scenarioFile(.reloaded(Self.softBankAt45B))], to: state())
        let broken = apply([.scenarioFile(.broken(Self.brokenAmount))], to: good)
        #expect(broken.analysis == good.analysis)
        #expect(softBank(broken) == 45e9)
        #expect(broken.banner == Banner(kind: .error, title: "The scenario file has problems; showing the last good version", lines: [
            #"s.yaml:122:15: round.investors[1].amount: expected an amount like 30e9 or "30B", found "thirty""#,
        ]))

        let fixed = apply([.scenarioFile(.reloaded(DashboardSnapshotTests.model.base))], to: broken)
        #expect(fixed.banner == nil)
        #expect(softBank(fixed) == 30e9)
    }

    @Test func aDeletedFileKeepsTheModelAndSaysSoUntilTheFileIsBack() {
        let good = apply([.scenarioFile(.reloaded(Self.softBankAt45B))], to: state())
        let deleted = apply([.scenarioFile(.deleted(path: "/tmp/x/s.yaml"))], to: good)
        #expect(deleted.analysis == good.analysis)
        #expect(deleted.banner == Banner(kind: .warning, title: "/tmp/x/s.yaml was deleted; showing the last version loaded"))
        let back = apply([.scenarioFile(.reloaded(Self.softBankAt45B))], to: deleted)
        #expect(back.banner == nil)
    }

    @Test func theWhatIfStaysOnTheReloadedScenario() {
        var start = state()
        start.model.adjust(WhatIf(realisation: ["softbank": 0.5]))
        #expect(softBank(start) == 15e9)  // 30B × 50 %
        let reloaded = apply([.scenarioFile(.reloaded(Self.softBankAt45B))], to: start)
        #expect(reloaded.model.whatIf == WhatIf(realisation: ["softbank": 0.5]))
        #expect(softBank(reloaded) == 22.5e9)  // 45B × 50 %
        #expect(reloaded.model.baseAnalysis.investors.first { $0.id == "softbank" }?.headline == 45e9)
    }

    @Test func aWhatIfThatNoLongerFitsIsDropped() throws {
        var start = state()
        start.model.adjust(WhatIf(realisation: ["softbank": 0.5]))
        // Its commitment in the uncertainty section goes with it, or the file names an investor it lacks.
        let withoutSoftBank = try Self.edited("    - id: softbank\n      name: SoftBank\n      amount: 30B\n      instrument: cash\n      status: reported\n", "",
                                              [("    - {investor: softbank, probability: 90%}\n", "")])
        let reloaded = apply([.scenarioFile(.reloaded(withoutSoftBank))], to: start)
        #expect(reloaded.model.whatIf.isEmpty)
        #expect(reloaded.analysis.investors.map(\.id) == ["amazon", "nvidia", "microsoft"])
    }

    @Test func theTimelineCursorStaysInsideAShorterHorizon() throws {
        var start = state()
        start.timeline = Timeline(year: 2030)
        let shorter = try Self.edited("horizon: {start: 2026, end: 2030}", "horizon: {start: 2026, end: 2028}")
        let reloaded = apply([.scenarioFile(.reloaded(shorter))], to: start)
        #expect(reloaded.years == 2026...2028)
        #expect(reloaded.timeline.year == 2028)
    }

    @Test func playbackStepsOneYearAndStopsOnTheLast() {
        var start = state()
        start.timeline = Timeline(year: 2028)
        start.timeline.togglePlay(through: start.years)
        let stepped = apply([.timelineStep], to: start)
        #expect(stepped.timeline.year == 2029 && stepped.timeline.isPlaying)
        let last = apply([.timelineStep], to: stepped)
        #expect(last.timeline.year == 2030 && !last.timeline.isPlaying)
        #expect(apply([.timelineStep], to: last).timeline.year == 2030, "a late step after the end moves nothing")
    }
}
