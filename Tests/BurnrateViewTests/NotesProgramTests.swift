import Testing
@testable import BurnrateView

/// The notes terminal as the runner runs it: its connection's lines as messages, the time
/// before each batch, and the clock only while it follows a presenter.
@Suite struct NotesProgramTests {
    static let start = ContinuousClock.now
    static let program = NotesProgram(start: start, path: "/run/user/1000/burnrate/demo.sock",
                                      palette: Palette(theme: BuiltInThemes.named("default"), depth: .trueColor))

    static func connection() throws -> @Sendable (ConnectionEvent) -> NotesEvent? {
        guard case .connection(_, _, let event) = program.subscriptions(NotesUpdateTests.state())[0] else { throw Unexpected() }
        return event
    }

    @Test func itLooksForThePresenterEveryHalfSecondAndTicksOnlyWhileFollowing() {
        let waiting = NotesUpdateTests.state()
        #expect(Self.program.subscriptions(waiting).map(\.description)
                == ["connection to /run/user/1000/burnrate/demo.sock retried every 0.5 seconds"])
        let following = NotesUpdateTests.apply(.received(NotesUpdateTests.slideTwo))
        #expect(Self.program.subscriptions(following).map(\.description)
                == ["connection to /run/user/1000/burnrate/demo.sock retried every 0.5 seconds", "clock every 1.0 seconds"])
        let ended = NotesUpdateTests.apply(.disconnected, to: following)
        #expect(Self.program.subscriptions(ended).count == 1)
    }

    @Test func linesAreThePresentersMessagesAndAHangUpIsADisconnect() throws {
        let event = try Self.connection()
        let line = NotesUpdateTests.slideTwo.line
        #expect(event(.line(String(line.dropLast()))) == .received(NotesUpdateTests.slideTwo))
        #expect(event(.line("burnrate-notes-9\tnot a message")) == nil)
        #expect(event(.connected) == nil)
        #expect(event(.disconnected) == .disconnected)
    }

    @Test func theTimeIsSecondsSinceTheStart() {
        #expect(Self.program.time(Now(instant: Self.start + .milliseconds(1250), hour: 0, minute: 0, second: 0)) == .tick(1.25))
    }

    @Test func quitAndRedrawAreEffectsAndOtherKeysDoNothing() {
        let state = NotesUpdateTests.state()
        #expect(Self.program.update(state, .key(.character("q"))).1.map(\.description) == ["quit"])
        #expect(Self.program.update(state, .key(.ctrl("l"))).1.map(\.description) == ["redraw all"])
        #expect(Self.program.update(state, .key(.character("x"))).1.isEmpty)
        #expect(Self.program.events(for: .paste("x")) == [])
        #expect(Self.program.events(for: .key(.up)) == [.key(.up)])
    }
}
