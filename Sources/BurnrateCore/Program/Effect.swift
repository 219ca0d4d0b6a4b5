/// What a program's update asks the runner to do at the edge. Those that have an outcome
/// answer with an event, made by the closure the program gave.
public enum Effect<Event: Sendable>: Sendable {
    case quit
    /// Repaint every cell on the next frame (Ctrl-L, a new theme, after something else wrote
    /// to the terminal).
    case redrawAll
    case bell
    /// Writes `text` to `path` atomically (a reader sees the old file or the whole new one),
    /// replacing an existing file only when `overwrite`.
    case writeFile(path: String, text: String, overwrite: Bool, then: @Sendable (WriteOutcome) -> Event)
    /// Sends `text` to clients of a `.server` subscription; one that cannot take it is
    /// dropped, and the server's subscription hears that it went.
    case send(String, to: [SocketClient])
    /// Appends `line` and a newline to the file at `path`, creating it and its folders, in one
    /// write to a file opened for appending, so that two programs' lines never interleave; a
    /// file already holding `limit` bytes or more is left as it is. `then` answers with an event
    /// or none.
    case appendLine(path: String, line: String, limit: Int, then: @Sendable (AppendOutcome) -> Event?)
    /// Runs `command` (its first element is the program, looked up on PATH; never a shell) off
    /// the main thread with `input` on its standard input, killed if it runs past `timeout`.
    /// Nothing comes back: what it prints goes nowhere.
    case run(command: [String], input: String, timeout: Duration)
}

/// How a `writeFile` went.
public enum WriteOutcome: Hashable, Sendable {
    case written
    /// Nothing written: the file exists and overwriting was not asked for.
    case exists
    /// Nothing written, with the system's reason ("Permission denied").
    case failed(String)
}

/// How an `appendLine` went.
public enum AppendOutcome: Hashable, Sendable {
    case appended
    /// Nothing appended: the file already holds the limit or more.
    case full
    /// Nothing appended, with the system's reason ("Permission denied").
    case failed(String)
}

extension Effect: CustomStringConvertible {
    /// What the effect does, without the text it carries: for tests and diagnostics.
    public var description: String {
        switch self {
        case .quit: "quit"
        case .redrawAll: "redraw all"
        case .bell: "bell"
        case .writeFile(let path, _, let overwrite, _): overwrite ? "write \(path), replacing it" : "write \(path)"
        case .send(_, let clients): "send to clients \(clients.map { String($0.id) }.joined(separator: ", "))"
        case .appendLine(let path, _, _, _): "append a line to \(path)"
        case .run(let command, _, _): "run \(command.joined(separator: " "))"
        }
    }
}
