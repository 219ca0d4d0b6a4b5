import BurnrateModel
import BurnrateView

/// Reads a followed scenario file again after the runner saw it change: what the dashboard
/// or a presentation opened with `--scenario FILE` is given as its `FollowedScenario`.
enum ScenarioReload {
    /// The scenario file at `path`, followed from now on.
    static func following(_ path: String) -> FollowedScenario {
        FollowedScenario(path: path) { read($0) }
    }

    static func read(_ path: String) -> ScenarioFileChange {
        // Deleted again since the event: the delete's own event may come in a later read.
        guard FileSystem.isRegularFile(path) else { return .deleted(path: path) }
        do {
            return .reloaded(try ScenarioLoader.load(contentsOf: path))
        } catch {
            return .broken(error)
        }
    }
}
