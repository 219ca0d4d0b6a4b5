import BurnrateModel

/// A threshold crossing as the session records it: when, in which scenario, and what caused it.
public struct Alert: Hashable, Sendable {
    public var crossing: ThresholdCrossing
    /// UTC, as ISO 8601: "2026-12-05T06:41:07Z".
    public var time: String
    /// The local time of day the dashboard's clock showed, for the list of alerts.
    public var clock: String
    /// The scenario's id.
    public var scenario: String
    /// "what-if: SoftBank delivers 50 %", "timeline: end of 2028", "reload: the scenario file changed".
    public var cause: String
    /// The scenario's currency, for money figures.
    public var currency: String

    public init(crossing: ThresholdCrossing, time: String, clock: String, scenario: String, cause: String, currency: String) {
        self.crossing = crossing
        self.time = time
        self.clock = clock
        self.scenario = scenario
        self.cause = cause
        self.currency = currency
    }

    /// What the log line and a command's input hold.
    public var json: JSONValue {
        .object([
            ("time", .string(time)),
            ("scenario", .string(scenario)),
            ("indicator", .string(crossing.indicatorID)),
            ("name", .string(crossing.name)),
            ("from", .string(crossing.from.rawValue)),
            ("to", .string(crossing.to.rawValue)),
            ("value_before", .number(crossing.valueBefore)),
            ("value", .number(crossing.value)),
            ("cause", .string(cause)),
        ])
    }

    /// "Round coverage: watch → alert, 0.9× → 0.7×".
    public var summary: String {
        let (before, after) = FigureFormat.change(from: crossing.valueBefore, to: crossing.value, unit: crossing.unit,
                                                  currency: currency)
        return "\(crossing.name): \(crossing.from.rawValue) → \(crossing.to.rawValue), \(before) → \(after)"
    }
}
