import ArgumentParser
import BurnrateModel
import BurnrateText

/// `check --fail-on watch|alert`: the level at which an indicator fails a pipeline.
enum CheckFailOn: String, CaseIterable, ExpressibleByArgument {
    case watch
    case alert

    var level: Level {
        switch self {
        case .watch: .watch
        case .alert: .alert
        }
    }

    /// `FILE: indicator-id: level value (threshold > limit)` for each indicator of `scenario`,
    /// as of its date, at this level or worse: the limit it went past, and which way is worse.
    func lines(file: String, scenario: Scenario) -> [String] {
        Analysis(scenario: scenario).judgedIndicators(inYear: nil).compactMap { indicator in
            guard let level = indicator.level, level >= self.level, let threshold = indicator.threshold else { return nil }
            let limit = level == .alert ? threshold.alert : threshold.watch
            func figure(_ value: Double?) -> String { FigureFormat.format(value, unit: indicator.unit, currency: scenario.currency) }
            return "\(TerminalSafe.escape(file)): \(TerminalSafe.escape(indicator.id)): \(level.rawValue) \(figure(indicator.value)) "
                + "(threshold \(threshold.higherIsWorse ? ">" : "<") \(figure(limit)))"
        }
    }
}
