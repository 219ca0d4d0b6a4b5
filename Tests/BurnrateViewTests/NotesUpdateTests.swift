import Testing
@testable import BurnrateView

@Suite struct NotesUpdateTests {
    static let slideTwo = NotesMessage(index: 1, count: 3, title: "Two", notes: "Say two.", nextTitle: "Three",
                                       budgetSeconds: 40, slideElapsed: 10, talkElapsed: 70)

    static func state() -> NotesState {
        NotesState(deckName: "demo", width: 80, height: 24, theme: BuiltInThemes.named("default"))
    }

    static func apply(_ events: NotesEvent..., to state: NotesState = state()) -> NotesState {
        events.reduce(state) { NotesUpdate.update($0, $1).0 }
    }

    @Test func waitsUntilThePresenterSpeaks() {
        let waiting = Self.apply(.tick(3))
        #expect(waiting.connection == .waiting)
        #expect(waiting.message == nil)
        #expect(Self.apply(.disconnected).connection == .waiting, "losing a presenter it never had changes nothing")
    }

    @Test func movesThePresentersTimesOnByTheLocalClock() {
        let following = Self.apply(.tick(5), .received(Self.slideTwo), .tick(8))
        #expect(following.connection == .following)
        // Received at 5 s, now 8 s: 10 + 3 = 13 s on the slide, 70 + 3 = 73 s into the talk.
        #expect(following.slideElapsed == 13)
        #expect(following.talkElapsed == 73)
        // 13 of 40 seconds.
        #expect(following.slideProgress == 13.0 / 40.0)
    }

    @Test func progressStopsAtTheBudget() {
        // 10 + 50 = 60 s on a 40 s slide.
        #expect(Self.apply(.received(Self.slideTwo), .tick(50)).slideProgress == 1)
    }

    @Test func aNewSlideRestartsFromWhatThePresenterSays() {
        var slideThree = Self.slideTwo
        slideThree.index = 2
        slideThree.slideElapsed = 0
        slideThree.talkElapsed = 90
        let state = Self.apply(.received(Self.slideTwo), .tick(20), .received(slideThree), .tick(21))
        #expect(state.message?.index == 2)
        // 0 + (21 - 20) = 1 s on slide three; 90 + 1 = 91 s in all.
        #expect(state.slideElapsed == 1)
        #expect(state.talkElapsed == 91)
    }

    @Test func keepsTheLastSlideFrozenWhenThePresenterGoes() {
        let ended = Self.apply(.tick(5), .received(Self.slideTwo), .tick(9), .disconnected, .tick(100))
        #expect(ended.connection == .ended)
        #expect(ended.message?.title == "Two")
        // Frozen at 9 s: 10 + 4 = 14 and 70 + 4 = 74, however late it is now.
        #expect(ended.slideElapsed == 14)
        #expect(ended.talkElapsed == 74)
        let back = Self.apply(.received(Self.slideTwo), to: ended)
        #expect(back.connection == .following, "the next presenter is followed again")
    }

    @Test func quitsOnQAndIgnoresOtherKeys() {
        #expect(NotesUpdate.update(Self.state(), .key(.character("q"))).1 == .quit)
        #expect(NotesUpdate.update(Self.state(), .key(.ctrl("c"))).1 == .quit)
        #expect(NotesUpdate.update(Self.state(), .key(.right)).1 == AppCommand.none)
        let resized = NotesUpdate.update(Self.state(), .resize(width: 120, height: 40))
        #expect(resized.1 == .redrawAll)
        #expect(resized.0.width == 120 && resized.0.height == 40)
    }
}
