import BurnrateCore
/// What a terminal has for the runner when it wakes: input for the program, or a signal.
public enum TerminalEvent: Hashable, Sendable {
    case input(TerminalInput)
    case signal(TerminalSignal)
}

public enum TerminalSignal: Hashable, Sendable {
    /// SIGINT, SIGTERM or Ctrl-C: the run ends.
    case quit
    /// SIGHUP or the terminal went away: the run ends.
    case hangup
    /// The program was resumed after a stop (Ctrl-Z, SIGTSTP, SIGSTOP); the screen is redrawn.
    case `continue`
}
