import BurnrateCore
import Glibc

/// The local time of day, and when the wall clock next passes a whole interval.
public enum WallClock {
    public static func now() -> Now {
        // clock_gettime, not time(2): just after a second turns, time(2) can still report the
        // one before, and a clock on screen would skip a second.
        let instant = ContinuousClock.now
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return Now(instant: instant, hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec),
                   epochSeconds: Int(spec.tv_sec))
    }

    /// The moment the wall clock next passes a whole `interval` (for one second: when the
    /// second turns), so that a clock on screen changes on time and the runner sleeps until then.
    static func next(_ interval: Duration) -> ContinuousClock.Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        let now = ContinuousClock.now
        let (seconds, attoseconds) = interval.components
        let period = max(1, seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        let wall = (Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)) % period
        return now.advanced(by: .nanoseconds(period - wall))
    }
}
