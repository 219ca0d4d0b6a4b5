import BurnrateModel
import Testing
@testable import BurnrateView
import BurnrateYAML

/// The dashboard's what-if panel on a slide: `w` opens it over the slide, its keys change the
/// slide's model, `r` goes back to the slide's own what-if, and navigation still works.
@Suite struct DeckWhatIfTests {
    static let loaded = try! DeckLoader.load(text: """
        title: Questions
        slides:
          - {view: dashboard, title: Live}
          - {view: risk, title: Stressed, what_if: {preset: softbank-half}}
          - {view: text, title: End, body: Thanks}
        """, file: "questions.yaml") { (reference) throws(DiagnosticList) in try ScenarioCatalog.load(reference) }

    static func press(_ keys: [Key], from state: DeckState = start()) -> DeckState {
        keys.reduce(state) { DeckUpdate.update($0, .key($1)).0 }
    }

    static func start() -> DeckState {
        DeckState(loaded: loaded, width: 120, height: 40, theme: BuiltInThemes.named("default"))
    }

    static func softbank(_ analysis: Analysis) -> Double? {
        analysis.investors.first { $0.id == "softbank" }?.headline
    }

    @Test func arrowsChangeTheSelectedInputAndTheSlideFollows() {
        // w opens the panel; ↓ to SoftBank (Amazon comes first); ← five times: 100 % → 50 %.
        let state = Self.press([.character("w"), .down] + Array(repeating: .left, count: 5))
        #expect(state.index == 0, "← steps the input, it does not go back a slide")
        #expect(state.model.whatIf.realisation == ["softbank": 0.5])
        // SoftBank 30B × 50 % = 15B; committed 50 + 15 + 20 = 85B; coverage 85 ÷ 100 = 0.85,
        // against the scenario's own 100 ÷ 100 = 1 for the deltas.
        #expect(Self.softbank(state.model.analysis) == 15e9)
        #expect(Self.softbank(state.model.baseAnalysis) == 30e9)
        #expect(state.model.analysis.indicator("round.coverage")?.value == 0.85)
        #expect(state.model.baseAnalysis.indicator("round.coverage")?.value == 1)

        let screen = CanvasRenderer.text(SlideView.render(state))
        #expect(screen.contains("What-if"))
        #expect(screen.contains("WHAT-IF SoftBank delivers 50 %"), "the title line shows the live what-if")
    }

    @Test func wOrEscapeClosesAndTheNavigationKeysComeBack() {
        let open = Self.press([.character("w")])
        #expect(open.whatIfPanel != nil)
        #expect(Self.press([.character("w")], from: open).whatIfPanel == nil)
        let closed = Self.press([.escape], from: open)
        #expect(closed.whatIfPanel == nil)
        #expect(Self.press([.right], from: closed).index == 1, "→ moves on again once the panel is closed")
        #expect(Self.press([.character(" ")], from: open).index == 1, "space still moves on with the panel open")
        #expect(DeckUpdate.update(open, .key(.character("q"))).1 == .quit)
    }

    @Test func rGoesBackToTheSlidesOwnWhatIf() {
        // Slide 2 stresses SoftBank to 50 %; → on SoftBank's knob lifts it to 60 %; r resets to 50 %.
        let lifted = Self.press([.right, .character("w"), .down, .right])
        #expect(lifted.model.whatIf.realisation == ["softbank": 0.6])
        let reset = Self.press([.character("r")], from: lifted)
        #expect(reset.model.whatIf.realisation == ["softbank": 0.5])
        #expect(reset.model.presetID == "softbank-half")
        #expect(reset.whatIfPanel != nil, "the panel stays open")
        // On a slide without a what-if, r goes back to the scenario as loaded.
        let live = Self.press([.character("w"), .down, .left, .character("r")])
        #expect(live.model.isAdjusted == false)
    }

    @Test func aPresetAppliesFromThePanel() {
        let knobs = WhatIfKnob.all(for: Self.loaded.scenario)
        let presetIndex = try! #require(knobs.firstIndex(of: .preset("softbank-half")))
        let state = Self.press([.character("w")] + Array(repeating: .down, count: presetIndex) + [.enter])
        #expect(state.model.presetID == "softbank-half")
        #expect(state.model.whatIf.realisation == ["softbank": 0.5])
        #expect(state.message == "what-if: \(StressPreset.named("softbank-half")!.name)")
    }
}
