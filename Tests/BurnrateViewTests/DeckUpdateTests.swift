import BurnrateModel
import Testing
@testable import BurnrateView
import BurnrateYAML

/// The presentation's state machine, key by key and tick by tick, on a deck of four slides.
@Suite struct DeckUpdateTests {
    static let loaded = try! DeckLoader.load(text: """
        title: Four
        auto_advance: 20
        slides:
          - {view: text, title: One, body: Hello}
          - {view: investors, title: Two, duration: 10}
          - {view: risk, title: Three, what_if: {preset: softbank-half}}
          - {view: figure, title: Four, figure: "$850B"}
        """, file: "four.yaml") { (reference) throws(DiagnosticList) in try ScenarioCatalog.load(reference) }

    static let clock = ClockTime(hour: 10, minute: 0, second: 0)

    static func start() -> DeckState {
        DeckState(loaded: loaded, width: 100, height: 30, theme: BuiltInThemes.named("default"))
    }

    static func press(_ state: DeckState, _ keys: Key...) -> DeckState {
        keys.reduce(state) { DeckUpdate.update($0, .key($1)).0 }
    }

    static func tick(_ state: DeckState, at seconds: Double) -> DeckState {
        DeckUpdate.update(state, .tick(elapsed: seconds, clock: clock)).0
    }

    @Test func nextAndPreviousStopAtTheEnds() {
        var state = Self.start()
        state = Self.press(state, .right, .character(" "), .pageDown)
        #expect(state.index == 3)
        state = Self.press(state, .right)
        #expect(state.index == 3)
        state = Self.press(state, .left, .pageUp)
        #expect(state.index == 1)
        state = Self.press(state, .left, .left)
        #expect(state.index == 0)
    }

    @Test func homeAndEnd() {
        let end = Self.press(Self.start(), .end)
        #expect(end.index == 3)
        #expect(Self.press(end, .home).index == 0)
    }

    @Test func digitsThenEnterJump() {
        let typing = Self.press(Self.start(), .character("3"))
        #expect(typing.jump == "3")
        #expect(typing.index == 0)
        #expect(Self.press(typing, .enter).index == 2)
        // "9" is beyond the last slide: the jump lands on the last.
        #expect(Self.press(Self.start(), .character("9"), .enter).index == 3)
    }

    @Test func gThenDigitsThenEnterJump() {
        let state = Self.press(Self.start(), .character("g"), .character("0"), .character("4"), .enter)
        #expect(state.index == 3)
        #expect(state.jump == nil)
    }

    @Test func escapeAndBackspaceWhileTyping() {
        let corrected = Self.press(Self.start(), .character("g"), .character("4"), .backspace, .character("2"), .enter)
        #expect(corrected.index == 1)
        let cancelled = Self.press(Self.start(), .character("4"), .escape, .enter)
        #expect(cancelled.index == 0)
        #expect(cancelled.jump == nil)
    }

    /// Another key ends the typing and does its usual job.
    @Test func aNavigationKeyWhileTypingMovesOn() {
        let state = Self.press(Self.start(), .character("4"), .right)
        #expect(state.jump == nil)
        #expect(state.index == 1)
    }

    @Test func aSlidesWhatIfAppliesOnlyWhileItIsShown() {
        let stressed = Self.press(Self.start(), .end, .left)
        #expect(stressed.index == 2)
        #expect(stressed.model.whatIf.realisation == ["softbank": 0.5])
        // SoftBank's $30B at half: 100B - 15B = 85B committed.
        #expect(stressed.model.analysis.investors.compactMap(\.headline).reduce(0, +) == 85e9)
        let after = Self.press(stressed, .right)
        #expect(!after.model.isAdjusted)
        #expect(after.model.analysis.investors.compactMap(\.headline).reduce(0, +) == 100e9)
    }

    @Test func autoAdvanceMovesOnWhenTheSlidesTimeIsUp() {
        var state = Self.tick(Self.start(), at: 5)
        state = Self.press(state, .character("a"))
        #expect(state.isAutoAdvancing)
        // Turned on at 5 s; slide 1 takes the deck's 20 s: due at 5 + 20 = 25.
        #expect(state.nextAdvance == 25)
        state = Self.tick(state, at: 15)
        #expect(state.index == 0)
        #expect(state.slideProgress == 0.5)   // (15 - 5) / 20
        #expect(SlideView.render(state).lines.contains { $0.hasSuffix(" 0:10 / 0:20     ") })
        #expect(SlideView.render(state).lines.last!.contains("auto   1/4"))
        state = Self.tick(state, at: 25)
        #expect(state.index == 1)
        // Slide 2 gives its own 10 s: due at 25 + 10 = 35.
        #expect(state.nextAdvance == 35)
        state = Self.tick(state, at: 36)
        #expect(state.index == 2)
    }

    @Test func autoAdvanceStopsOnTheLastSlide() {
        var state = Self.press(Self.start(), .end, .character("a"))
        #expect(state.nextAdvance == nil)
        state = Self.tick(state, at: 25)
        #expect(state.index == 3)
        #expect(!state.isAutoAdvancing)
    }

    @Test func turningAutoAdvanceOffKeepsTheSlide() {
        var state = Self.press(Self.start(), .character("a"), .character("a"))
        state = Self.tick(state, at: 100)
        #expect(state.index == 0)
        #expect(state.nextAdvance == nil)
    }

    @Test func movingRestartsTheSlidesTimer() {
        var state = Self.press(Self.start(), .character("a"))
        state = Self.tick(state, at: 12)
        state = Self.press(state, .right)
        // Slide 2 came up at 12 s and takes 10 s.
        #expect(state.nextAdvance == 22)
        #expect(state.slideProgress == 0)
    }

    @Test func blankHidesTheSlideUntilTheNextKey() {
        let blank = Self.press(Self.start(), .character("b"))
        #expect(blank.isBlank)
        #expect(SlideView.render(blank).lines.allSatisfy { $0.allSatisfy { $0 == " " } })
        let back = Self.press(blank, .right)
        #expect(!back.isBlank)
        // The key that ends the blank does nothing else.
        #expect(back.index == 0)
    }

    @Test func footerToggles() {
        let state = Self.tick(Self.start(), at: 65)
        let shown = SlideView.render(state).lines.last!
        #expect(shown.hasSuffix("1/4   1:05   10:00:00 "))
        let hidden = Self.press(state, .character("f"))
        #expect(!hidden.showsFooter)
        #expect(!SlideView.render(hidden).lines.last!.contains("1/4"))
        #expect(Self.press(hidden, .character("f")).showsFooter)
    }

    /// The footer says how many notes terminals follow, and says so at once when one goes.
    @Test func footerCountsNotesTerminalsAndSaysWhenOneGoes() {
        func footer(_ state: DeckState) -> String { SlideView.render(state).lines.last! }
        let listening = DeckUpdate.update(Self.tick(Self.start(), at: 65), .notesTerminals(0)).0
        #expect(footer(listening).hasSuffix(" 1/4   1:05   10:00:00 "))
        #expect(!footer(listening).contains("notes"))
        let one = DeckUpdate.update(listening, .notesTerminals(1)).0
        #expect(footer(one).hasSuffix(" notes   1/4   1:05   10:00:00 "))
        let two = DeckUpdate.update(one, .notesTerminals(2)).0
        #expect(footer(two).hasSuffix(" notes 2   1/4   1:05   10:00:00 "))
        #expect(two.message == nil)
        let backToOne = DeckUpdate.update(two, .notesTerminals(1)).0
        #expect(footer(backToOne).hasPrefix(" a notes terminal went away"))
        #expect(footer(backToOne).hasSuffix(" notes   1/4   1:05   10:00:00 "))
        let none = DeckUpdate.update(backToOne, .notesTerminals(0)).0
        #expect(none.message == "a notes terminal went away")
        #expect(!footer(none).contains("notes   "))
        // The next key clears the message, as it does every footer message.
        #expect(Self.press(none, .right).message == nil)
    }

    @Test func quitAndResize() {
        #expect(DeckUpdate.update(Self.start(), .key(.character("q"))).1 == .quit)
        #expect(DeckUpdate.update(Self.press(Self.start(), .character("b")), .key(.character("q"))).1 == .quit)
        let (resized, command) = DeckUpdate.update(Self.start(), .resize(width: 160, height: 48))
        #expect(command == .redrawAll)
        #expect(SlideView.render(resized).width == 160)
    }

    @Test func elapsedTimeNeverRunsBackwards() {
        let state = Self.tick(Self.tick(Self.start(), at: 30), at: 20)
        #expect(state.elapsed == 30)
    }
}
