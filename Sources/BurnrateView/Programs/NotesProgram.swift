/// Speaker notes as a program for the runner: `NotesUpdate` over `NotesState`, told the time
/// (seconds since it started) before every batch of events. It follows the presenter on the
/// deck's socket, looking for one every half second while there is none, so either side can
/// start first and a presenter that quits can be followed by the next; the clock turns each
/// second while it follows.
public struct NotesProgram: Program, Sendable {
    public static let retry = Duration.milliseconds(500)

    public let start: ContinuousClock.Instant
    /// The presenter's socket.
    public let path: String
    private let palette: Palette

    public init(start: ContinuousClock.Instant, path: String, palette: Palette) {
        self.start = start
        self.path = path
        self.palette = palette
    }

    public func events(for input: TerminalInput) -> [NotesEvent] {
        switch input {
        case .key(let key): [.key(key)]
        case .resize(let width, let height): [.resize(width: width, height: height)]
        case .paste, .mouse: []
        }
    }

    public func time(_ now: Now) -> NotesEvent? {
        .tick(now.seconds(since: start))
    }

    public func update(_ state: NotesState, _ event: NotesEvent) -> (NotesState, [Effect<NotesEvent>]) {
        let (next, command) = NotesUpdate.update(state, event)
        return (next, command.effects())
    }

    public func subscriptions(_ state: NotesState) -> [Subscription<NotesEvent>] {
        var subscriptions: [Subscription<NotesEvent>] = [.connection(path: path, retry: Self.retry) { event in
            switch event {
            case .connected: nil
            case .line(let line): NotesMessage(line: line[...]).map(NotesEvent.received)
            case .disconnected: .disconnected
            }
        }]
        if state.connection == .following {
            subscriptions.append(.clock(every: .seconds(1)) { [start] now in .tick(now.seconds(since: start)) })
        }
        return subscriptions
    }

    public func view(_ state: NotesState) -> Frame {
        Frame(canvas: NotesView.render(state), resolver: palette)
    }
}
