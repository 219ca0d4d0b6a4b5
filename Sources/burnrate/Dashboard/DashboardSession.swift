import BurnrateTerminal
import BurnrateView

/// The dashboard on a real terminal: the event loop feeds terminal events to the pure update
/// function, draws the view, and ticks the clock once a second. Nothing else runs at idle.
struct DashboardSession {
    let screen: CursesScreen
    var state: AppState

    /// Runs until the user quits or a quit or hangup signal arrives; returns the last state.
    func run() -> AppState {
        var palettes: [Int: Palette] = [:]
        let depth = screen.depth
        return EventLoop(screen: screen).run(
            initial: state,
            update: { state, event in
                guard let appEvent = Self.appEvent(for: event) else {
                    return (state, event == .signal(.continue) ? .redrawAll : .continue)
                }
                let (next, command) = SaveEffect.settle(DashboardUpdate.update(state, appEvent))
                return (next, Self.loopCommand(for: command))
            },
            view: { state, _, _ in DashboardView.render(state) },
            resolver: { state in
                if let palette = palettes[state.themeIndex] { return palette }
                let palette = Palette(theme: state.theme, depth: depth)
                palettes[state.themeIndex] = palette
                return palette
            },
            nextDeadline: { _ in WallClock.nextSecond() })
    }

    static func appEvent(for event: TerminalEvent) -> AppEvent? {
        switch event {
        case .key(let key): .key(key)
        case .mouse(let mouse): .mouse(mouse)
        case .resize(let width, let height): .resize(width: width, height: height)
        case .timer: .tick(WallClock.now())
        case .signal, .readable: nil
        }
    }

    static func loopCommand(for command: AppCommand) -> LoopCommand {
        switch command {
        case .none: .continue
        case .quit: .quit
        case .redrawAll: .redrawAll
        case .save: .continue  // carried out by SaveEffect before the loop sees it
        }
    }
}
