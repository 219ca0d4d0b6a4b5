#if canImport(Glibc)
import Glibc
#endif
import BurnrateView

/// The local time of day for the header, and when the next second starts.
enum WallClock {
    static func now() -> ClockTime {
        // clock_gettime, not time(2): just after a second turns, time(2) can still report the
        // one before, and the header would skip a second.
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        var seconds = spec.tv_sec
        var parts = tm()
        localtime_r(&seconds, &parts)
        return ClockTime(hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }

    /// The moment the wall clock next turns a second, so the header clock changes on time and
    /// the loop sleeps until then.
    static func nextSecond() -> ContinuousClock.Instant {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        let remaining = 1_000_000_000 - Int64(spec.tv_nsec)
        return ContinuousClock.now.advanced(by: .nanoseconds(remaining))
    }
}
