import BurnrateCore

/// What the runner does for the alerts of an update: rings the bell once if the config asks,
/// appends a line per alert to the log, and runs the configured command once per alert with
/// the alert on its standard input.
enum AlertEffects {
    static func effects<Event>(for alerts: [Alert], settings: AlertSettings, log: String?) -> [Effect<Event>] {
        guard !alerts.isEmpty else { return [] }
        var effects: [Effect<Event>] = settings.bell ? [.bell] : []
        for alert in alerts {
            let line = alert.json.line()
            if let log { effects.append(.appendLine(path: log, line: line, limit: AlertLog.maximumBytes)) }
            if !settings.command.isEmpty {
                effects.append(.run(command: settings.command, input: line + "\n", timeout: AlertSettings.commandTimeout))
            }
        }
        return effects
    }
}
