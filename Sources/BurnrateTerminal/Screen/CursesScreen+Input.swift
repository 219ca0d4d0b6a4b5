import BurnrateCore
import CNcursesw
import Glibc

/// The terminal's input for the runner: keys, pastes and mouse events from stdin through
/// ncurses, and signals from the signal pipe. Ctrl-Z and SIGTSTP suspend here, as the shell
/// would have done, and return once continued.
extension CursesScreen: Terminal {
    public var inputDescriptors: [Int32] { [STDIN_FILENO, signals.readEnd] }

    public func events(ready: ReadyDescriptors) -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        if ready[signals.readEnd, default: 0] != 0 {
            events += signals.drain().compactMap(handleSignal)
        }
        let input = ready[STDIN_FILENO, default: 0]
        if input & Int16(POLLIN) != 0 {
            events += readInput()
        } else if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
            events.append(.signal(.hangup))
        }
        return events
    }

    public func bell() {
        beep()
    }

    private func handleSignal(_ signal: Int32) -> TerminalEvent? {
        switch signal {
        case SIGWINCH:
            return resizeEvent()
        case SIGINT, SIGTERM:
            return .signal(.quit)
        case SIGHUP:
            return .signal(.hangup)
        case SIGTSTP:
            suspend()
            return nil
        case SIGCONT:
            resume()
            _ = updateSize()
            return .signal(.continue)
        default:
            return nil
        }
    }

    private func resizeEvent() -> TerminalEvent? {
        updateSize().map { .input(.resize(width: $0.width, height: $0.height)) }
    }

    /// Everything waiting on stdin, decoded. Ctrl-C is a quit (raw mode turns it into a
    /// key); Ctrl-Z suspends.
    private func readInput() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        var character: wint_t = 0
        while true {
            let result = wget_wch(burnrate_stdscr(), &character)
            if result == burnrate_err() { break }
            let input: CursesInput = result == burnrate_key_code_yes()
                ? .keyCode(Int32(bitPattern: character)) : .character(character)
            switch decoder.decode(input) {
            case .key(.ctrl("c")):
                events.append(.signal(.quit))
            case .key(.ctrl("z")):
                suspend()
            case .key(let key):
                events.append(.input(.key(key)))
            case .paste(let text):
                events.append(.input(.paste(text)))
            case .mouse:
                events += readMouse().map { .input(.mouse($0)) }
            case .resize:
                if let resize = resizeEvent() { events.append(resize) }
            case nil:
                continue
            }
        }
        return events
    }

    /// Every report ncurses holds for this KEY_MOUSE (see `MouseDecoder.presses`).
    private func readMouse() -> [MouseEvent] {
        var reports: [MouseDecoder.Report] = []
        var report = MouseDecoder.Report(x: 0, y: 0, state: 0)
        while reports.count < MouseDecoder.reportsPerKey,
              burnrate_get_mouse(&report.x, &report.y, &report.state) == burnrate_ok() {
            reports.append(report)
        }
        return MouseDecoder.presses(newestFirst: reports)
    }
}
