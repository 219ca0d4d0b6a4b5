import BurnrateCore

/// What the runner does for the alerts of an update: rings the bell once if the config asks,
/// appends a line per alert to the log, and runs the configured command once per alert with
/// the alert on its standard input. A line the log did not take answers with `notLogged` and
/// a sentence saying why, for the status line: an alert is never lost without a word.
enum AlertEffects {
    static func effects<Event>(for alerts: [Alert], settings: AlertSettings, log: String?,
                               notLogged: @escaping @Sendable (String) -> Event) -> [Effect<Event>] {
        guard !alerts.isEmpty else { return [] }
        var effects: [Effect<Event>] = settings.bell ? [.bell] : []
        for alert in alerts {
            let line = alert.json.line()
            if let log {
                effects.append(.appendLine(path: log, line: line, limit: AlertLog.maximumBytes) { outcome in
                    switch outcome {
                    case .appended: nil
                    case .full: notLogged("Alert not logged: \(log) has reached its limit of \(AlertLog.maximumBytes >> 20) MiB")
                    case .failed(let reason): notLogged("Alert not logged: \(log): \(reason)")
                    }
                })
            }
            if !settings.command.isEmpty {
                effects.append(.run(command: settings.command, input: line + "\n", timeout: AlertSettings.commandTimeout))
            }
        }
        return effects
    }
}
