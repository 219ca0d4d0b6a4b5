import BurnrateTerminal
import BurnrateView

/// Speaker notes on a real terminal: follows the presenter on `connection`, looking for one
/// every half second while there is none, so either side can start first and a presenter
/// that quits can be followed by the next. The clock turns each second while following.
struct NotesSession {
    static let retryInterval = Duration.milliseconds(500)

    let screen: CursesScreen
    let connection: NotesConnection
    var state: NotesState

    func run() -> NotesState {
        let start = ContinuousClock.now
        let palette = Palette(theme: state.theme, depth: screen.depth)
        let loop = EventLoop(screen: screen)
        var nextAttempt = start
        func seconds() -> Double {
            let components = start.duration(to: .now).components
            return Double(components.seconds) + Double(components.attoseconds) / 1e18
        }
        func apply(_ events: [NotesEvent], to state: NotesState) -> (NotesState, LoopCommand) {
            var result = (state, LoopCommand.continue)
            for event in events {
                let (next, command) = NotesUpdate.update(result.0, event)
                result = (next, command == .none ? result.1 : DashboardSession.loopCommand(for: command))
            }
            return result
        }
        /// Tries to connect when it is time to; on success watches the socket.
        func attempt() {
            guard connection.descriptor == nil, ContinuousClock.now >= nextAttempt else { return }
            nextAttempt = .now + Self.retryInterval
            if connection.connect(), let descriptor = connection.descriptor { loop.watch(fd: descriptor) }
        }
        attempt()
        return loop.run(
            initial: state,
            update: { state, event in
                var events: [NotesEvent] = [.tick(seconds())]
                switch event {
                case .key(let key): events.append(.key(key))
                case .resize(let width, let height): events.append(.resize(width: width, height: height))
                case .readable(let descriptor) where descriptor == connection.descriptor:
                    events += connection.receive()
                    if connection.descriptor == nil { loop.unwatch(fd: descriptor) }
                case .signal(.continue): return (state, .redrawAll)
                case .timer: attempt()
                case .mouse, .paste, .signal, .readable: break
                }
                if connection.descriptor == nil { attempt() }
                return apply(events, to: state)
            },
            view: { state, _, _ in NotesView.render(state) },
            resolver: { _ in palette },
            nextDeadline: { _ in
                connection.descriptor == nil ? nextAttempt : WallClock.nextSecond()
            })
    }
}
