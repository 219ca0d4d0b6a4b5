/// Everything the dashboard reacts to, already translated from the terminal's terms.
public enum AppEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// The clock moved on (once a second at most).
    case tick(ClockTime)
}

/// What the dashboard asks of the terminal after an event.
public enum AppCommand: Hashable, Sendable {
    case none
    case quit
    /// Repaint every cell, e.g. after a theme change.
    case redrawAll
}
