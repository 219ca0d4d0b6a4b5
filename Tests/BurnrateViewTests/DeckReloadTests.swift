import BurnrateModel
import Testing
@testable import BurnrateView

/// A presentation whose scenario file is saved while it runs: the events the watcher in the
/// executable sends, through the pure deck update.
@Suite struct DeckReloadTests {
    static func start() -> DeckState {
        DeckState(loaded: DeckWhatIfTests.loaded, width: 120, height: 40, theme: BuiltInThemes.named("default"))
    }

    static func apply(_ events: [DeckEvent], to state: DeckState) -> DeckState {
        events.reduce(state) { DeckUpdate.update($0, $1).0 }
    }

    @Test func aGoodReloadKeepsTheSlideAndItsWhatIf() {
        // Slide 2 stresses SoftBank to 50 %; the file now says SoftBank commits 45B.
        let stressed = Self.apply([.key(.right)], to: Self.start())
        #expect(DeckWhatIfTests.softbank(stressed.model.analysis) == 15e9) // 30B × 50 %
        let reloaded = Self.apply([.scenarioFile(.reloaded(ReloadUpdateTests.softBankAt45B))], to: stressed)
        #expect(reloaded.index == 1)
        #expect(reloaded.model.whatIf.realisation == ["softbank": 0.5])
        // 45B × 50 % = 22.5B on the slide, against the file's own 45B for the deltas.
        #expect(DeckWhatIfTests.softbank(reloaded.model.analysis) == 22.5e9)
        #expect(DeckWhatIfTests.softbank(reloaded.model.baseAnalysis) == 45e9)
        #expect(reloaded.banner == nil)
        #expect(reloaded.message == "reloaded openai-2026-02")
        // The next slide comes up on the reloaded scenario too.
        #expect(DeckWhatIfTests.softbank(Self.apply([.key(.right)], to: reloaded).model.analysis) == 45e9)
    }

    @Test func thePresentersWhatIfSurvivesAReload() {
        // On the live slide: w, ↓ to SoftBank, ← once: 90 %; reloaded at 45B: 45 × 0.9 = 40.5B.
        let asked = Self.apply([.key(.character("w")), .key(.down), .key(.left)], to: Self.start())
        let reloaded = Self.apply([.scenarioFile(.reloaded(ReloadUpdateTests.softBankAt45B))], to: asked)
        #expect(reloaded.whatIfPanel != nil)
        #expect(DeckWhatIfTests.softbank(reloaded.model.analysis) == 40.5e9)
    }

    @Test func aBrokenFileKeepsTheLastGoodModelAndShowsTheBanner() {
        let good = Self.apply([.scenarioFile(.reloaded(ReloadUpdateTests.softBankAt45B))], to: Self.start())
        let broken = Self.apply([.scenarioFile(.broken(ReloadUpdateTests.brokenAmount))], to: good)
        #expect(broken.banner == .broken(ReloadUpdateTests.brokenAmount))
        #expect(DeckWhatIfTests.softbank(broken.model.analysis) == 45e9, "the last good version stays")
        #expect(broken.loaded.scenario == ReloadUpdateTests.softBankAt45B)
        let screen = CanvasRenderer.text(SlideView.render(broken))
        #expect(screen.contains("The scenario file has problems; showing the last good version"))
        #expect(screen.contains(#"expected an amount like 30e9 or "30B", found "thirty""#))

        let fixed = Self.apply([.scenarioFile(.reloaded(ReloadUpdateTests.softBankAt45B))], to: broken)
        #expect(fixed.banner == nil)
    }

    @Test func aDeletedFileKeepsTheModelAndSaysSo() {
        let deleted = Self.apply([.scenarioFile(.deleted(path: "talk/scenario.yaml"))], to: Self.start())
        #expect(deleted.banner == .deleted("talk/scenario.yaml"))
        #expect(DeckWhatIfTests.softbank(deleted.model.analysis) == 30e9)
    }
}
