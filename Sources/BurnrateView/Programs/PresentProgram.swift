/// A presentation as a program for the runner: `DeckUpdate` over the deck, told the time
/// before every batch of events so that a slide's timer starts when it comes up; the clock
/// once a second, auto-advance's timer, the scenario file's changes, and the notes terminals
/// on the deck's socket, and the simulation of a simulation slide as a background job (a new
/// slide or what-if is a new generation). Each notes terminal is sent the shown slide when it
/// connects and whenever the slide, or the figures in its notes, change.
public struct PresentProgram: Program, Sendable {
    public enum Event: Equatable, Sendable {
        case deck(DeckEvent)
        case notes(ServerEvent)
        /// The scenario file cannot be followed; the line says why.
        case liveReloadOff(String)
    }

    /// When the presentation started, which the slide timers count from.
    public let start: ContinuousClock.Instant
    /// The socket notes terminals connect to; nil when there is none.
    public let notes: SocketListener?
    /// Nil for a built-in scenario.
    public let scenarioFile: FollowedScenario?
    public let engine: SimulationEngine
    private let palette: Palette

    public init(start: ContinuousClock.Instant, palette: Palette, notes: SocketListener? = nil,
                scenarioFile: FollowedScenario? = nil, engine: SimulationEngine = .standard) {
        self.start = start
        self.engine = engine
        self.palette = palette
        self.notes = notes
        self.scenarioFile = scenarioFile
    }

    public func events(for input: TerminalInput) -> [Event] {
        switch input {
        case .key(let key): [.deck(.key(key))]
        case .paste(let text): [.deck(.paste(text))]
        case .resize(let width, let height): [.deck(.resize(width: width, height: height))]
        case .mouse: []
        }
    }

    public func time(_ now: Now) -> Event? {
        Self.tick(now, since: start)
    }

    private static func tick(_ now: Now, since start: ContinuousClock.Instant) -> Event {
        .deck(.tick(elapsed: now.seconds(since: start), clock: ClockTime(now)))
    }

    public func update(_ state: PresentState, _ event: Event) -> (PresentState, [Effect<Event>]) {
        var next = state
        var effects: [Effect<Event>] = []
        switch event {
        case .deck(let event):
            let command: AppCommand
            (next.deck, command) = DeckUpdate.update(state.deck, event)
            effects = command.effects()
        case .notes(.connected(let client)):
            next.notesClients.append(client)
            effects = [.send(NotesMessage(next.deck).line, to: [client])]
        case .notes(.disconnected(let client)):
            next.notesClients.removeAll { $0 == client }
        case .liveReloadOff(let message):
            next.deck.message = message
        }
        if next.deck.notesTerminals != nil, next.deck.notesTerminals != next.notesClients.count {
            next.deck = DeckUpdate.update(next.deck, .notesTerminals(next.notesClients.count)).0
        }
        effects += follow(&next)
        return (next, effects)
    }

    /// The send that tells the notes terminals of a new slide or new figures in its notes.
    private func follow(_ state: inout PresentState) -> [Effect<Event>] {
        let shown = PresentState.Shown(state.deck)
        guard shown != state.sent else { return [] }
        state.sent = shown
        return state.notesClients.isEmpty ? [] : [.send(NotesMessage(state.deck).line, to: state.notesClients)]
    }

    public func subscriptions(_ state: PresentState) -> [Subscription<Event>] {
        let tick: @Sendable (Now) -> Event = { [start] now in Self.tick(now, since: start) }
        var subscriptions: [Subscription<Event>] = [.clock(every: .seconds(1), event: tick)]
        if state.deck.nextAdvance != nil {
            // The id changes with the slide and with auto-advance turned on again, each of
            // which starts the slide's time afresh.
            subscriptions.append(.timer(id: "advance \(state.deck.index) from \(state.deck.slideStartedAt)",
                                        every: .seconds(state.deck.slideSeconds), event: tick))
        }
        if let notes {
            subscriptions.append(.server(listener: notes) { .notes($0) })
        }
        if let scenarioFile {
            subscriptions.append(scenarioFile.subscription(changed: { .deck(.scenarioFile($0)) }, off: Event.liveReloadOff))
        }
        if let request = state.deck.simulationRequest {
            subscriptions.append(request.job(engine: engine) { .deck(.simulated(revision: $0, $1)) })
        }
        return subscriptions
    }

    public func view(_ state: PresentState) -> Frame {
        Frame(canvas: SlideView.render(state.deck), resolver: palette)
    }
}
