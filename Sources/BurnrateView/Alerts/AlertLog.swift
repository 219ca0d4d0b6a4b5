/// Where alerts are logged, one JSON object a line: `$XDG_STATE_HOME/burnrate/alerts.log`, or
/// `~/.local/state/burnrate/alerts.log` when XDG_STATE_HOME is unset, empty or relative. From
/// the environment as given, which is untrusted: a path too long is no log rather than a
/// truncated one.
public enum AlertLog {
    /// The log stops growing at this size (a session alerting in a loop must not fill a disk).
    public static let maximumBytes = 4 << 20

    public static func path(environment: [String: String]) -> String? {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/state"
        } else {
            return nil
        }
        return base.utf8.count > ConfigDirectory.maximumBytes ? nil : base + "/burnrate/alerts.log"
    }
}
