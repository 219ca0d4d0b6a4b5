/// Something that may wake a program, declared from its state (`Program.subscriptions`).
/// The runner keeps each one running while the state keeps declaring it, matched by its kind
/// and identity (the interval of a clock, the id of a timer or a job, the path of a file or a
/// connection, the listener of a server), and stops it as soon as the state stops.
public enum Subscription<Event: Sendable>: Sendable {
    /// Each time the wall clock passes a whole `every` (once a second: as the second turns).
    case clock(every: Duration, event: @Sendable (Now) -> Event)
    /// `every` after it started, and again `every` after each time it fires. It starts when
    /// its id first appears, and starts again when the id changes; a new `every` under the
    /// same id applies to the period already running.
    case timer(id: String, every: Duration, event: @Sendable (Now) -> Event)
    /// Changes to the file at `path`, followed across an editor's rename-and-replace and its
    /// folder going and coming back.
    case file(path: String, event: @Sendable (FileChange) -> Event?)
    /// Clients connecting to, and leaving, a listening socket the executable opened.
    /// `Effect.send` writes to them.
    case server(listener: SocketListener, event: @Sendable (ServerEvent) -> Event?)
    /// A connection to the socket at `path`, tried again every `retry` while there is none;
    /// what the peer sends arrives in lines.
    case connection(path: String, retry: Duration, event: @Sendable (ConnectionEvent) -> Event?)
    /// Work off the main thread. It starts when its id first appears and is cancelled when the
    /// id goes or comes back with another generation, which starts the new work; a cancelled
    /// job's progress and result never arrive. The work checks `context.isCancelled` often and
    /// returns soon after it turns true.
    case job(id: String, generation: Int, work: @Sendable (JobContext<Event>) -> Event?)
}

extension Subscription: CustomStringConvertible {
    /// The kind and identity, as the runner matches them: for tests and diagnostics.
    public var description: String {
        switch self {
        case .clock(let every, _): "clock every \(every)"
        case .timer(let id, let every, _): "timer \(id) every \(every)"
        case .file(let path, _): "file \(path)"
        case .server(let listener, _): "server on descriptor \(listener.descriptor)"
        case .connection(let path, let retry, _): "connection to \(path) retried every \(retry)"
        case .job(let id, let generation, _): "job \(id) generation \(generation)"
        }
    }
}

/// What became of a followed file.
public enum FileChange: Hashable, Sendable {
    /// Written in place, or put in place by a rename (an editor's save): read it again.
    case written
    /// Deleted or renamed away, or its folder is gone.
    case removed
    /// It cannot be followed (no inotify, no permission to watch its folder), with the reason.
    case unwatchable(String)
}

/// A socket the executable listens on, handed to a `.server` subscription.
public struct SocketListener: Hashable, Sendable {
    public let descriptor: Int32

    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }
}

/// One client of a `.server` subscription, from its connection until it goes.
public struct SocketClient: Hashable, Sendable {
    public let id: Int

    public init(id: Int) {
        self.id = id
    }
}

public enum ServerEvent: Hashable, Sendable {
    case connected(SocketClient)
    /// It hung up, or could not take what was sent.
    case disconnected(SocketClient)
}

public enum ConnectionEvent: Hashable, Sendable {
    case connected
    /// One line the peer sent, without its newline.
    case line(String)
    /// The peer closed the connection; the next attempt follows at once, then every `retry`.
    case disconnected
}
