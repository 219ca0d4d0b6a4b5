import BurnrateCore

/// Where the runner's frames go and its input comes from: the ncurses terminal
/// (`CursesScreen`), or a stand-in in tests.
public protocol Terminal: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// What poll(2) waits on for this terminal's input and signals.
    var inputDescriptors: [Int32] { get }
    /// Everything waiting on the descriptors poll(2) found ready (with their `revents`), in
    /// order: a burst of keys comes back as one batch, drawn once.
    func events(ready: ReadyDescriptors) -> [TerminalEvent]
    /// Shows `canvas`, writing only what changed since the previous frame.
    func present(_ canvas: Canvas, resolver: some StyleResolver)
    /// Makes the next `present` repaint every cell.
    func invalidate()
    func bell()
}
