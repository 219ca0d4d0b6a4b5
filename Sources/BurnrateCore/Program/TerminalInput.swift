/// What a program hears from the terminal. Signals (suspend, continue, quit, hang-up) are
/// the runner's own business.
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    /// Text pasted into the terminal (bracketed paste): for a prompt to take as text, never as keys.
    case paste(String)
    case mouse(MouseEvent)
    /// The terminal now has this size; the next frame is drawn at it in full.
    case resize(width: Int, height: Int)
}
