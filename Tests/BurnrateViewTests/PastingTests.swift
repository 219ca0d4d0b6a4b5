import BurnrateModel
import Testing
@testable import BurnrateView

/// A bracketed paste reaches the prompt being typed as text, never as keys: a pasted `q` does
/// not quit, a pasted `s` does not save, nothing in it presses Enter.
@Suite struct PastingTests {
    let saving = SaveFlowTests()

    func update(_ state: AppState, _ events: [AppEvent]) -> AppState {
        events.reduce(state) { DashboardUpdate.update($0, $1).0 }
    }

    func start() -> AppState {
        AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
    }

    @Test func theFilterPromptTakesThePasteAndFiltersAtOnce() {
        // Providers: Amazon Web Services, Microsoft Azure, Oracle (Stargate).
        let filtered = update(start(), [.key(.character("2")), .key(.character("/")), .paste("ora")])
        #expect(filtered.editingFilter == .capacity)
        #expect(filtered.filters[.capacity] == "ora")
        #expect(filtered.shownRows(.capacity) == [2])
        let narrowed = update(start(), [.key(.character("2")), .key(.character("/")), .key(.character("o")), .paste("racle q")])
        #expect(narrowed.filters[.capacity] == "oracle q")
        #expect(narrowed.shownRows(.capacity).isEmpty)
    }

    @Test func thePaletteTakesThePasteAsItsQuery() {
        let state = update(start(), [.key(.character(":")), .key(.down), .paste("quit")])
        #expect(state.palette?.query == "quit")
        #expect(state.palette?.selected == 0)
        #expect(DashboardUpdate.update(state, .paste("x")).1 == .none)
    }

    @Test func theSavePromptTakesThePasteAsPathButNotAsTheOverwriteAnswer() {
        let typing = update(saving.state(), [.key(.character("s")), .key(.ctrl("u")), .paste("/tmp/q y.yaml")])
        #expect(typing.saving.prompt?.path == "/tmp/q y.yaml")
        var confirming = typing
        confirming.saving.prompt?.stage = .confirmingOverwrite
        let answered = update(confirming, [.paste("y")])
        #expect(answered.saving.prompt == confirming.saving.prompt)
    }

    @Test func theWhatIfValuePromptTakesThePaste() {
        let typing = update(start(), [.key(.character("w")), .key(.down), .key(.down), .key(.enter), .paste("25%")])
        #expect(typing.whatIfPanel?.typing == "25%")
        let applied = update(typing, [.key(.enter)])
        #expect(applied.model.whatIf.realisation == ["nvidia": 0.25])
    }

    /// Outside a prompt a paste is nothing: its `q` does not quit, its `t` does not change theme.
    @Test func withoutAPromptAPasteDoesNothing() {
        let state = start()
        let (next, command) = DashboardUpdate.update(state, .paste("qt2"))
        #expect(next.themeIndex == state.themeIndex)
        #expect(next.focus == state.focus)
        #expect(command == .none)
    }

    @Test func aPresentationTakesAPasteOnlyIntoTheWhatIfValue() {
        let deck = DeckWhatIfTests.start()
        let (next, command) = DeckUpdate.update(deck, .paste("q 9"))
        #expect(command == .none)
        #expect(next.index == deck.index && next.jump == nil)
        let typing = DeckWhatIfTests.press([.character("w"), .down, .down, .enter])
        #expect(DeckUpdate.update(typing, .paste("25%")).0.whatIfPanel?.typing == "25%")
    }
}
