import Glibc

/// CLOCK_MONOTONIC as a Duration since boot, cheap enough to read around each step.
enum MonotonicClock {
    static func now() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }
}
