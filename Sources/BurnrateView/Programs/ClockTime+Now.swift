extension ClockTime {
    /// The wall-clock time of a moment the runner handed in.
    public init(_ now: Now) {
        self.init(hour: now.hour, minute: now.minute, second: now.second, epochSeconds: now.epochSeconds)
    }
}
