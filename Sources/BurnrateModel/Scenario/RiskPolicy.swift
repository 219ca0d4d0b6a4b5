/// When an indicator stops being ok. When `alert` is above `watch`, higher values are worse
/// (debt, concentration); when it is below, lower values are worse (coverage, runway).
public struct Threshold: Sendable, Equatable {
    public var watch: Double
    public var alert: Double

    public init(watch: Double, alert: Double) {
        self.watch = watch
        self.alert = alert
    }

    public var higherIsWorse: Bool { alert >= watch }
}

/// Thresholds and composite-score weights, keyed by indicator id.
public struct RiskPolicy: Sendable, Equatable {
    public var thresholds: [String: Threshold]
    public var weights: [String: Double]

    public init(thresholds: [String: Threshold], weights: [String: Double]) {
        self.thresholds = thresholds
        self.weights = weights
    }
}
