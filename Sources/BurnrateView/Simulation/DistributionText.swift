import BurnrateModel

/// What an uncertain input measures, and so how its values and its distribution read: a delay
/// in months, a commitment's chance of being realised, the fraction of it that arrives, the
/// revenue growth gap, the burn scale.
enum InputScale: Hashable, Sendable {
    case months
    /// A commitment: drawn 1 when realised, 0 when not.
    case realised
    case fraction
    case multiple
    case plain

    init(_ input: UncertainInput) {
        let name = input.name
        if name.hasPrefix("delay.") {
            self = .months
        } else if name.hasPrefix("commitment.") {
            self = .realised
        } else if name.hasPrefix("realisation.") || input == .revenueGrowthGap {
            self = .fraction
        } else if input == .burnScale {
            self = .multiple
        } else {
            self = .plain
        }
    }

    /// One value with its unit where the unit sits on every value: "80 %", "1.1×", "3".
    func value(_ value: Double) -> String {
        switch self {
        case .fraction: FigureFormat.percent(value)
        case .multiple: SimulationText.number(value) + "×"
        case .realised: value >= 0.5 ? "yes" : "no"
        // The engine rounds a delay to whole months; a tenth is as precise as its percentiles need.
        case .months: SimulationText.number((value * 10).rounded() / 10)
        case .plain: SimulationText.number(value)
        }
    }

    /// After a range or a lone value: " months" (the other units sit on each value).
    var suffix: String { self == .months ? " months" : "" }

    /// From one value to another, as a driver's 10th and 90th percentiles: "1 → 14 months".
    func span(_ low: Double, _ high: Double) -> String {
        value(low) + " → " + value(high) + suffix
    }
}

extension Distribution {
    /// The distribution as explain writes it: "pert 0–18 months, mode 3", "bernoulli 70 %",
    /// "normal, mean -10 %, sd 15 %", "empirical 0, 3, 6 months".
    func text(_ scale: InputScale) -> String {
        let value = scale.value, suffix = scale.suffix
        func range(_ low: Double, _ high: Double) -> String {
            low < 0 || high < 0 ? "\(value(low)) to \(value(high))\(suffix)" : "\(value(low))–\(value(high))\(suffix)"
        }
        switch self {
        case .fixed(let fixed):
            return "fixed \(value(fixed))\(suffix)"
        case .uniform(let low, let high):
            return "uniform " + range(low, high)
        case .triangular(let low, let mode, let high):
            return "triangular \(range(low, high)), mode \(value(mode))"
        case .pert(let low, let mode, let high):
            return "pert \(range(low, high)), mode \(value(mode))"
        case .normal(let mean, let sd):
            return "normal, mean \(value(mean))\(suffix), sd \(value(sd))"
        case .lognormal(let median, let sigma):
            return "lognormal, median \(value(median))\(suffix), sigma \(SimulationText.number(sigma))"
        case .bernoulli(let probability):
            return "bernoulli \(FigureFormat.percent(probability))"
        case .empirical(let values):
            let shown = values.prefix(Self.valuesListed).map(value).joined(separator: ", ")
            let more = values.count > Self.valuesListed ? ", … (\(values.count) values)" : ""
            return "empirical \(shown)\(more)\(suffix)"
        }
    }

    /// An empirical distribution's values listed before the rest are counted.
    static let valuesListed = 6
}
