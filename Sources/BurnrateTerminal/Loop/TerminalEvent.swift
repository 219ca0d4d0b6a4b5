import BurnrateCore

/// Everything that can wake the event loop.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    /// Text pasted into the terminal (bracketed paste): for a prompt to take as text, never as keys.
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal now has this size; the next frame is drawn at it in full.
    case resize(width: Int, height: Int)
    case signal(TerminalSignal)
    /// The deadline from `nextDeadline` has passed.
    case timer
    /// A descriptor registered with `EventLoop.watch(fd:)` has data to read.
    case readable(Int32)
}

public enum TerminalSignal: Hashable, Sendable {
    /// SIGINT, SIGTERM or Ctrl-C: the loop ends after `update` has seen it.
    case quit
    /// SIGHUP or the terminal went away: the loop ends after `update` has seen it.
    case hangup
    /// The program was resumed after a stop (Ctrl-Z, SIGTSTP, SIGSTOP); the screen is redrawn.
    case `continue`
}

/// What `update` asks of the loop after an event.
public enum LoopCommand: Hashable, Sendable {
    case `continue`
    case quit
    /// Repaint every cell on the next frame (Ctrl-L, or after something else wrote to the terminal).
    case redrawAll
}
