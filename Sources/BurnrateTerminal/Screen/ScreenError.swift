/// Why the full-screen terminal could not start.
public enum ScreenError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, a CI job).
    case notATerminal
    /// TERM names a terminal the terminfo database does not know; empty when TERM is not set.
    case unknownTerminal(String)
    case signalPipe(errno: Int32)
    /// The descriptor ncurses writes to could not be made.
    case output(errno: Int32)

    public var description: String {
        switch self {
        case .notATerminal:
            return "stdin and stdout must be a terminal"
        case .unknownTerminal(""):
            return "TERM is not set: set it to a terminal type your system knows (e.g. xterm-256color)"
        case .unknownTerminal(let name):
            return "unknown terminal type '\(name)': set TERM to one your system knows (e.g. xterm-256color)"
        case .signalPipe(let errno):
            return "could not create the signal pipe (errno \(errno))"
        case .output(let errno):
            return "could not open the terminal for output (errno \(errno))"
        }
    }
}
