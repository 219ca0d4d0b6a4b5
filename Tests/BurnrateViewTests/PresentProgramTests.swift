import BurnrateModel
import Testing
@testable import BurnrateView

/// A presentation as the runner runs it: the time before each batch, the notes terminals
/// and what is sent to them, and the subscriptions a state declares.
@Suite struct PresentProgramTests {
    static let start = ContinuousClock.now
    static let listener = SocketListener(descriptor: 7)
    static let program = PresentProgram(start: start, palette: Palette(theme: BuiltInThemes.named("default"), depth: .trueColor),
                                        notes: listener)
    static let first = SocketClient(id: 1)
    static let second = SocketClient(id: 2)

    static func run(_ events: [PresentProgram.Event], from state: PresentState = PresentState(deck: DeckUpdateTests.start(), notes: true))
        -> (PresentState, [Effect<PresentProgram.Event>]) {
        events.reduce((state, [])) { result, event in
            let (next, effects) = program.update(result.0, event)
            return (next, result.1 + effects)
        }
    }

    /// The lines the effects send, and to whom.
    static func sent(_ effects: [Effect<PresentProgram.Event>]) -> [(line: String, to: [SocketClient])] {
        effects.compactMap { effect in
            guard case .send(let line, let clients) = effect else { return nil }
            return (line, clients)
        }
    }

    @Test func theTimeBeforeEachBatchIsSecondsSinceTheStartAndTheWallClock() {
        let now = Now(instant: Self.start + .milliseconds(2500), hour: 9, minute: 30, second: 2)
        #expect(Self.program.time(now) == .deck(.tick(elapsed: 2.5, clock: ClockTime(hour: 9, minute: 30, second: 2))))
    }

    @Test func aNotesTerminalIsSentTheShownSlideWhenItConnectsAndEachNewSlideAfter() {
        let (connected, hello) = Self.run([.notes(.connected(Self.first))])
        #expect(connected.deck.notesTerminals == 1)
        #expect(Self.sent(hello).map(\.line) == [NotesMessage(DeckUpdateTests.start()).line])
        #expect(Self.sent(hello).map(\.to) == [[Self.first]])

        let (both, _) = Self.run([.notes(.connected(Self.second))], from: connected)
        let (moved, next) = Self.run([.deck(.key(.right))], from: both)
        #expect(moved.deck.index == 1)
        #expect(Self.sent(next).map(\.line) == [NotesMessage(moved.deck).line])
        #expect(Self.sent(next).map(\.to) == [[Self.first, Self.second]])
        #expect(NotesMessage(line: Self.sent(next)[0].line[...])?.title == "Two")

        // The footer comes and goes on the same slide: nothing to tell.
        let (_, quiet) = Self.run([.deck(.key(.character("f")))], from: moved)
        #expect(quiet.isEmpty)
    }

    @Test func aNotesTerminalThatGoesIsCountedOutAndSaidSo() {
        let (two, _) = Self.run([.notes(.connected(Self.first)), .notes(.connected(Self.second))])
        let (one, effects) = Self.run([.notes(.disconnected(Self.first))], from: two)
        #expect(one.notesClients == [Self.second])
        #expect(one.deck.notesTerminals == 1)
        #expect(one.deck.message == "a notes terminal went away")
        #expect(effects.isEmpty)
    }

    @Test func withoutASocketNothingIsCountedOrSent() {
        let program = PresentProgram(start: Self.start, palette: Palette(theme: BuiltInThemes.named("default"), depth: .trueColor))
        let state = PresentState(deck: DeckUpdateTests.start(), notes: false)
        let (moved, effects) = program.update(state, .deck(.key(.right)))
        #expect(moved.deck.notesTerminals == nil)
        #expect(effects.isEmpty)
        #expect(program.subscriptions(state).map(\.description) == ["clock every 1.0 seconds"])
    }

    @Test func quitAndRedrawAreEffects() {
        #expect(Self.run([.deck(.key(.character("q")))]).1.map(\.description) == ["quit"])
        #expect(Self.run([.deck(.key(.ctrl("l")))]).1.map(\.description) == ["redraw all"])
    }

    @Test func autoAdvanceAsksForATimerForTheShownSlide() throws {
        let state = PresentState(deck: DeckUpdateTests.start(), notes: true)
        #expect(Self.program.subscriptions(state).map(\.description) == ["clock every 1.0 seconds", "server on descriptor 7"])
        // a at 4 s: slide One's 20 s start then. On slide Two (10 s) from 6 s.
        let (advancing, _) = Self.run([.deck(.tick(elapsed: 4, clock: DeckUpdateTests.clock)), .deck(.key(.character("a")))],
                                      from: state)
        #expect(Self.program.subscriptions(advancing).map(\.description)
                == ["clock every 1.0 seconds", "timer advance 0 from 4.0 every 20.0 seconds", "server on descriptor 7"])
        let (two, _) = Self.run([.deck(.tick(elapsed: 6, clock: DeckUpdateTests.clock)), .deck(.key(.right))], from: advancing)
        let subscriptions = Self.program.subscriptions(two)
        #expect(subscriptions[1].description == "timer advance 1 from 6.0 every 10.0 seconds")
        guard case .timer(_, _, let tick) = subscriptions[1] else { throw Unexpected() }
        let now = Now(instant: Self.start + .seconds(16), hour: 10, minute: 0, second: 16)
        #expect(tick(now) == .deck(.tick(elapsed: 16, clock: ClockTime(hour: 10, minute: 0, second: 16))))
    }

    @Test func aScenarioFileIsWatched() throws {
        let followed = FollowedScenario(path: "/talk/s.yaml") { path in .deleted(path: path) }
        let program = PresentProgram(start: Self.start, palette: Palette(theme: BuiltInThemes.named("default"), depth: .trueColor),
                                     scenarioFile: followed)
        let state = PresentState(deck: DeckUpdateTests.start(), notes: false)
        let subscriptions = program.subscriptions(state)
        #expect(subscriptions.map(\.description) == ["clock every 1.0 seconds", "file /talk/s.yaml"])
        guard case .file(_, let change) = subscriptions[1] else { throw Unexpected() }
        #expect(change(.removed) == .deck(.scenarioFile(.deleted(path: "/talk/s.yaml"))))
        let off = try #require(change(.unwatchable("cannot watch /talk: Permission denied")))
        #expect(program.update(state, off).0.deck.message == "live reload is off: cannot watch /talk: Permission denied")
    }
}
