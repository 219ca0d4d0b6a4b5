/// The moment a batch of events is handled: the monotonic instant, for durations, and the
/// local wall-clock time, for a clock on screen.
public struct Now: Hashable, Sendable {
    public var instant: ContinuousClock.Instant
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Whole seconds since 1970-01-01 00:00 UTC, for a time stamp in a log.
    public var epochSeconds: Int

    public init(instant: ContinuousClock.Instant, hour: Int, minute: Int, second: Int, epochSeconds: Int = 0) {
        self.instant = instant
        self.hour = hour
        self.minute = minute
        self.second = second
        self.epochSeconds = epochSeconds
    }

    /// Seconds from `start` to this moment.
    public func seconds(since start: ContinuousClock.Instant) -> Double {
        let components = start.duration(to: instant).components
        return Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
