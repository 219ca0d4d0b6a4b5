/// The running timers of the subscriptions, by id: when each started its period, and how long
/// the period is. Instants are handed in, so the arithmetic is tested without sleeping.
struct Timers {
    private struct Running {
        var started: ContinuousClock.Instant
        var every: Duration
    }

    private var running: [String: Running] = [:]

    /// Makes the running timers those in `declared`: a new id starts its period at `now`, a
    /// kept id keeps its start with the period it is declared with now, a missing one stops.
    mutating func declare(_ declared: [(id: String, every: Duration)], now: ContinuousClock.Instant) {
        var next: [String: Running] = [:]
        for (id, every) in declared {
            next[id] = Running(started: running[id]?.started ?? now, every: every)
        }
        running = next
    }

    var isRunning: Bool { !running.isEmpty }

    var nextDeadline: ContinuousClock.Instant? {
        running.values.map { $0.started + $0.every }.min()
    }

    /// The timers due at `now`, each starting its next period then.
    mutating func fire(now: ContinuousClock.Instant) -> [String] {
        let due = running.filter { now >= $0.value.started + $0.value.every }.map(\.key).sorted()
        for id in due { running[id]?.started = now }
        return due
    }
}
