/// Why the full-screen terminal could not start.
public enum ScreenError: Error, Hashable, Sendable, CustomStringConvertible {
    /// stdin or stdout is not a terminal (a pipe, a file, a CI job).
    case notATerminal
    /// TERM names a terminal the terminfo database does not know; empty when TERM is not set.
    case unknownTerminal(String)
    /// TERM names a terminal that cannot address the cursor (`dumb`, a printing terminal), so
    /// a full screen cannot be drawn on it.
    case cannotAddressCursor(String)
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
            return "unknown terminal type '\(Self.printable(name))': set TERM to one your system knows (e.g. xterm-256color)"
        case .cannotAddressCursor(let name):
            return "terminal type '\(Self.printable(name))' cannot move the cursor, which a full-screen view needs: "
                + "run burnrate in a terminal emulator (TERM=xterm-256color, for one)"
        case .signalPipe(let errno):
            return "could not create the signal pipe (errno \(errno))"
        case .output(let errno):
            return "could not open the terminal for output (errno \(errno))"
        }
    }

    /// TERM comes from the environment: anything but printable ASCII is shown escaped.
    private static func printable(_ name: String) -> String {
        name.unicodeScalars.map { (0x20..<0x7F).contains($0.value) ? String($0) : $0.escaped(asASCII: true) }.joined()
    }
}
