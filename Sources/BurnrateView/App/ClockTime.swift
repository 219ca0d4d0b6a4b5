/// The wall-clock time the header shows, handed in by the runner so views stay pure.
public struct ClockTime: Hashable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Whole seconds since 1970-01-01 00:00 UTC: when an alert happened, for its log line.
    public var epochSeconds: Int

    public init(hour: Int, minute: Int, second: Int, epochSeconds: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.epochSeconds = epochSeconds
    }

    public var description: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(pad(hour)):\(pad(minute)):\(pad(second))"
    }
}
