/// When timeline playback is due to move on. The app state says whether playback runs and at
/// what pace; the pacer, kept by the terminal session beside the event loop, remembers when
/// the year on screen came on, so the state holds no clock.
public struct PlaybackPacer: Sendable {
    private var year: Int?
    private var shownSince: ContinuousClock.Instant?
    /// The deadline last scheduled, which `takeDueStep` checks.
    public private(set) var deadline: ContinuousClock.Instant?

    public init() {}

    /// When the year on screen has had its `secondsPerYear`, or nil when playback is paused.
    /// A year that is new since the last call (a step, or [ and ] during playback) starts its
    /// time at `now`; a change of pace applies to the year already on screen.
    public mutating func schedule(_ timeline: Timeline, now: ContinuousClock.Instant) -> ContinuousClock.Instant? {
        guard timeline.isPlaying else {
            shownSince = nil
            deadline = nil
            return nil
        }
        if shownSince == nil || timeline.year != year {
            year = timeline.year
            shownSince = now
        }
        deadline = shownSince.map { $0 + .seconds(timeline.secondsPerYear) }
        return deadline
    }

    /// Whether the scheduled step is due at `now`; once it is, the next year's time starts at
    /// the next `schedule`, even if the step left the year where it was.
    public mutating func takeDueStep(now: ContinuousClock.Instant) -> Bool {
        guard let deadline, now >= deadline else { return false }
        self.deadline = nil
        shownSince = nil
        return true
    }
}
