import BurnrateTerminal
import BurnrateView

/// A presentation on a real terminal: terminal events go to the pure deck update, each one
/// after a tick that tells it how much time has passed, so that a slide's timer starts when
/// it comes up. The loop wakes when the clock turns a second or a slide's time is up, and
/// at no other time. Notes terminals, when there is a socket for them, hear of every slide, and
/// the footer counts them; a scenario file is watched and reloaded when saved.
struct PresentSession {
    let screen: CursesScreen
    var state: DeckState
    var notes: NotesBroadcaster?
    /// The deck's scenario file, reloaded when it changes; nil for a built-in scenario.
    var watcher: ScenarioWatcher?

    func run() -> DeckState {
        let start = ContinuousClock.now
        let palette = Palette(theme: state.theme, depth: screen.depth)
        func elapsed() -> Double {
            let components = start.duration(to: .now).components
            return Double(components.seconds) + Double(components.attoseconds) / 1e18
        }
        let loop = EventLoop(screen: screen)
        if let notes { loop.watch(fd: notes.listener) }
        if let watcher { loop.watch(fd: watcher.descriptor) }
        var watchedClients: [Int32] = []
        /// Every connected notes terminal is watched, so that its hang-up wakes the loop; the
        /// footer's count follows.
        func followNotes(_ state: DeckState) -> DeckState {
            guard let notes else { return state }
            notes.follow(state)
            for gone in watchedClients where !notes.clients.contains(gone) { loop.unwatch(fd: gone) }
            notes.clients.forEach(loop.watch(fd:))
            watchedClients = notes.clients
            guard state.notesTerminals != notes.clients.count else { return state }
            return DeckUpdate.update(state, .notesTerminals(notes.clients.count)).0
        }
        return loop.run(
            initial: followNotes(state),
            update: { state, event in
                let (ticked, _) = DeckUpdate.update(state, .tick(elapsed: elapsed(), clock: WallClock.now()))
                if let notes, case .readable(let descriptor) = event {
                    if descriptor == notes.listener { notes.acceptWaiting(ticked) } else { notes.hear(from: descriptor) }
                }
                guard let deckEvent = Self.deckEvent(for: event, watcher: watcher) else {
                    return (followNotes(ticked), event == .signal(.continue) ? .redrawAll : .continue)
                }
                let (next, command) = DeckUpdate.update(ticked, deckEvent)
                return (followNotes(next), DashboardSession.loopCommand(for: command))
            },
            view: { state, _, _ in SlideView.render(state) },
            resolver: { _ in palette },
            nextDeadline: { state in
                let second = WallClock.nextSecond()
                guard let due = state.nextAdvance else { return second }
                return min(second, start.advanced(by: .milliseconds(Int64((due * 1000).rounded(.up)))))
            })
    }

    /// Terminal events as the deck sees them; the timer only moves the clock, which every
    /// event already does.
    static func deckEvent(for event: TerminalEvent, watcher: ScenarioWatcher?) -> DeckEvent? {
        switch event {
        case .key(let key): .key(key)
        case .paste(let text): .paste(text)
        case .resize(let width, let height): .resize(width: width, height: height)
        case .readable(let descriptor) where descriptor == watcher?.descriptor: watcher?.pendingChange().map(DeckEvent.scenarioFile)
        case .mouse, .timer, .signal, .readable: nil
        }
    }

}
