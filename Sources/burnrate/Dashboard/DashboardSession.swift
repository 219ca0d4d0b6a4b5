import BurnrateTerminal
import BurnrateView

/// The dashboard on a real terminal: the event loop feeds terminal events to the pure update
/// function and draws the view; it wakes for the clock once a second, for playback when the
/// year on screen has had its time, and when the scenario file changes. Nothing else runs at
/// idle.
struct DashboardSession {
    let screen: CursesScreen
    var state: AppState
    /// The scenario file to reload when it changes; nil for a built-in scenario.
    var watcher: ScenarioWatcher?

    /// Runs until the user quits or a quit or hangup signal arrives; returns the last state.
    func run() -> AppState {
        var palettes: [Int: Palette] = [:]
        var pacer = PlaybackPacer()
        var panels = PanelCache()
        let depth = screen.depth
        let loop = EventLoop(screen: screen)
        if let watcher { loop.watch(fd: watcher.descriptor) }
        return loop.run(
            initial: state,
            update: { state, event in
                let appEvents = appEvents(for: event, pacer: &pacer)
                guard !appEvents.isEmpty else {
                    return (state, event == .signal(.continue) ? .redrawAll : .continue)
                }
                return Self.update(state, with: appEvents)
            },
            view: { state, _, _ in DashboardView.render(state, cache: &panels) },
            resolver: { state in
                if let palette = palettes[state.themeIndex] { return palette }
                let palette = Palette(theme: state.theme, depth: depth)
                palettes[state.themeIndex] = palette
                return palette
            },
            nextDeadline: { state in
                let clock = WallClock.nextSecond()
                return pacer.schedule(state.timeline, now: .now).map { min($0, clock) } ?? clock
            })
    }

    /// The deadline serves both the clock and playback, so a timer event steps the timeline
    /// only when playback's time is up, and always ticks the clock.
    private func appEvents(for event: TerminalEvent, pacer: inout PlaybackPacer) -> [AppEvent] {
        switch event {
        case .key(let key): [.key(key)]
        case .paste(let text): [.paste(text)]
        case .mouse(let mouse): [.mouse(mouse)]
        case .resize(let width, let height): [.resize(width: width, height: height)]
        case .timer: (pacer.takeDueStep(now: .now) ? [.timelineStep] : []) + [.tick(WallClock.now())]
        case .readable(let descriptor) where descriptor == watcher?.descriptor: watcher?.pendingChange().map { [.scenarioFile($0)] } ?? []
        case .signal, .readable: []
        }
    }

    /// Folds the events in order; the loop gets the most demanding of their commands.
    static func update(_ state: AppState, with events: [AppEvent]) -> (AppState, LoopCommand) {
        events.reduce((state, LoopCommand.continue)) { result, event in
            let (next, command) = SaveEffect.settle(DashboardUpdate.update(result.0, event))
            return (next, stronger(result.1, loopCommand(for: command)))
        }
    }

    private static func stronger(_ first: LoopCommand, _ second: LoopCommand) -> LoopCommand {
        let order: [LoopCommand] = [.continue, .redrawAll, .quit]
        return order.firstIndex(of: first)! >= order.firstIndex(of: second)! ? first : second
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
