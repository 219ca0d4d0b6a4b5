import BurnrateModel
import BurnrateYAML

/// What became of a followed scenario file on disk: what the watcher reports to the dashboard
/// and to a presentation alike.
public enum ScenarioFileChange: Equatable, Sendable {
    /// It changed and loaded.
    case reloaded(Scenario)
    /// It changed and no longer loads.
    case broken(DiagnosticList)
    /// It is gone.
    case deleted(path: String)
}
