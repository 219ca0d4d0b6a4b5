import BurnrateModel

/// Finds the thresholds an update crossed: the risk panel's indicators (at the timeline's year)
/// before and after a change of the model (a what-if, a reload) or of the year (playback).
enum AlertWatch {
    /// A cause is cut to this many characters: a what-if on many investors of a big scenario
    /// must not make a log line of megabytes.
    static let maximumCauseLength = 300

    static func watch(from state: AppState, to next: AppState, after event: AppEvent) -> AppState {
        var next = next
        guard let cause = cause(of: event, from: state, to: next) else {
            next.alerts.raise([], keyLabel: nil)
            return next
        }
        let crossings = ThresholdCrossing.between(state.analysis.judgedIndicators(inYear: state.timeline.year),
                                                  next.analysis.judgedIndicators(inYear: next.timeline.year))
        let clock = next.clock ?? ClockTime(hour: 0, minute: 0, second: 0)
        let shortened = Truncation.fit(cause, in: maximumCauseLength, ellipsis: next.glyphs.ellipsis)
        let alerts = crossings.map {
            Alert(crossing: $0, time: UTCTime.text(epochSeconds: clock.epochSeconds), clock: clock.description,
                  scenario: next.scenario.id, cause: shortened, currency: next.scenario.currency)
        }
        next.alerts.raise(alerts, keyLabel: next.keymap[.dashboard].keyLabels(.alerts))
        return next
    }

    /// What changed the indicators; nil when neither the model nor the year changed.
    static func cause(of event: AppEvent, from state: AppState, to next: AppState) -> String? {
        if state.model.revision != next.model.revision {
            if case .scenarioFile = event { return "reload: the scenario file changed" }
            let summary = next.model.summary
            return "what-if: " + (summary.isEmpty ? "none, the scenario as loaded" : summary.joined(separator: ", "))
        }
        guard state.timeline.year != next.timeline.year else { return nil }
        return "timeline: " + (next.timeline.year.map { "end of \($0)" } ?? "as of the scenario's date")
    }
}
