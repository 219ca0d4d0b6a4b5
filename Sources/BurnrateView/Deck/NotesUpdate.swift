/// Everything the notes terminal reacts to, already translated from sockets and keys.
public enum NotesEvent: Equatable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Local seconds since the notes terminal started.
    case tick(Double)
    case received(NotesMessage)
    /// The presenter closed the connection.
    case disconnected
}

/// The notes terminal's update function: pure, so it can be tested without a socket or clock.
/// Its keys (`notes`) quit and redraw; the presenter drives everything else.
public enum NotesUpdate {
    public static func update(_ state: NotesState, _ event: NotesEvent) -> (NotesState, AppCommand) {
        var next = state
        switch event {
        case .key(let key):
            switch state.keymap[.notes].action(for: key) {
            case .quit: return (next, .quit)
            case .redraw: return (next, .redrawAll)
            default: break
            }
        case .resize(let width, let height):
            next.width = width
            next.height = height
            return (next, .redrawAll)
        case .tick(let seconds):
            next.advanceClock(to: seconds)
        case .received(let message):
            next.receive(message)
        case .disconnected:
            next.lose()
        }
        return (next, .none)
    }
}
