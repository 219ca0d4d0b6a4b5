import BurnrateCore
import CNcursesw
import Glibc

/// Runs an Elm-style program on a `CursesScreen`: sleeps in poll(2) on stdin, the signal pipe,
/// the descriptors given to `watch(fd:)` and the next deadline, turns what woke it into events,
/// lets `update` fold them into the state, and draws the state once per wake-up. Nothing runs
/// while nothing happens.
public final class EventLoop {
    public let screen: CursesScreen
    private var watched: [Int32] = []
    private var decoder = InputDecoder()

    public init(screen: CursesScreen) {
        self.screen = screen
    }

    /// Wake up with `.readable(fd)` when `fd` has data (an inotify descriptor, a socket).
    public func watch(fd: Int32) {
        if !watched.contains(fd) { watched.append(fd) }
    }

    public func unwatch(fd: Int32) {
        watched.removeAll { $0 == fd }
    }

    /// Draws the initial state, then handles events until `update` answers `.quit` or a quit or
    /// hangup signal has been through `update`. Returns the final state; the screen stays open
    /// for the caller to close.
    ///
    /// `nextDeadline` is asked after each batch of events: a deadline in the past gives one
    /// `.timer` event at once, so `update` must move it on.
    public func run<State>(
        initial: State,
        update: (State, TerminalEvent) -> (State, LoopCommand),
        view: (State, _ width: Int, _ height: Int) -> Canvas,
        resolver: (State) -> any StyleResolver,
        nextDeadline: (State) -> ContinuousClock.Instant? = { _ in nil }
    ) -> State {
        var state = initial
        screen.present(view(state, screen.width, screen.height), resolver: resolver(state))
        while !screen.isClosed {
            var finished = false
            for event in waitForEvents(until: nextDeadline(state)) {
                let (next, command) = update(state, event)
                state = next
                if command == .redrawAll { screen.invalidate() }
                if command == .quit || event == .signal(.quit) || event == .signal(.hangup) {
                    finished = true
                    break
                }
            }
            if finished { break }
            screen.present(view(state, screen.width, screen.height), resolver: resolver(state))
        }
        return state
    }

    /// Blocks until at least one event is ready, and returns all that are: a burst of keys comes
    /// back as one batch, drawn once.
    public func waitForEvents(until deadline: ContinuousClock.Instant?) -> [TerminalEvent] {
        while true {
            var descriptors = ([STDIN_FILENO, screen.signals.readEnd] + watched).map {
                pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
            }
            let ready = poll(&descriptors, nfds_t(descriptors.count), Self.timeout(until: deadline))
            guard ready >= 0 || errno == EINTR else { return [.signal(.hangup)] }
            var events: [TerminalEvent] = []
            if descriptors[1].revents != 0 {
                events += screen.signals.drain().compactMap(handleSignal)
            }
            if descriptors[0].revents & Int16(POLLIN) != 0 {
                events += readInput()
            } else if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                events.append(.signal(.hangup))
            }
            for watchedDescriptor in descriptors.dropFirst(2) where watchedDescriptor.revents != 0 {
                events.append(.readable(watchedDescriptor.fd))
            }
            if let deadline, ContinuousClock.now >= deadline {
                events.append(.timer)
            }
            if !events.isEmpty { return events }
        }
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
            screen.suspend()
            return nil
        case SIGCONT:
            screen.resume()
            _ = screen.updateSize()
            return .signal(.continue)
        default:
            return nil
        }
    }

    private func resizeEvent() -> TerminalEvent? {
        screen.updateSize().map { .resize(width: $0.width, height: $0.height) }
    }

    /// Everything waiting on stdin, decoded. Ctrl-C is a quit (raw mode turns it into a
    /// key); Ctrl-Z suspends, as the shell would have done.
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
                screen.suspend()
            case .key(let key):
                events.append(.key(key))
            case .paste(let text):
                events.append(.paste(text))
            case .mouse:
                if let mouse = readMouse() { events.append(.mouse(mouse)) }
            case .resize:
                if let resize = resizeEvent() { events.append(resize) }
            case nil:
                continue
            }
        }
        return events
    }

    private func readMouse() -> MouseEvent? {
        var x: Int32 = 0, y: Int32 = 0
        var buttons: mmask_t = 0
        guard burnrate_get_mouse(&x, &y, &buttons) == burnrate_ok(),
              let button = MouseDecoder.button(from: buttons) else { return nil }
        return MouseEvent(x: Int(x), y: Int(y), button: button)
    }

    /// Milliseconds until the deadline, rounded up so the timer never fires early; -1 to wait
    /// for ever.
    static func timeout(until deadline: ContinuousClock.Instant?, now: ContinuousClock.Instant = .now) -> Int32 {
        guard let deadline else { return -1 }
        let remaining = now.duration(to: deadline).components
        guard remaining.seconds >= 0, remaining.seconds > 0 || remaining.attoseconds > 0 else { return 0 }
        let milliseconds = remaining.seconds * 1000 + (remaining.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: milliseconds)
    }
}
