/// What a background job is given: whether it should stop, and a way to report progress,
/// which arrives as events in the order reported (never after the job was cancelled).
public struct JobContext<Event: Sendable>: Sendable {
    private let cancelled: @Sendable () -> Bool
    private let reporter: @Sendable (Event) -> Void

    public init(isCancelled: @escaping @Sendable () -> Bool, report: @escaping @Sendable (Event) -> Void) {
        cancelled = isCancelled
        reporter = report
    }

    /// True once the state no longer asks for this job, or asks for a newer generation.
    public var isCancelled: Bool { cancelled() }

    public func report(_ progress: Event) {
        reporter(progress)
    }
}
