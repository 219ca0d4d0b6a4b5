import BurnrateModel
import BurnrateView

/// Carries out the app's side effects (writing a saved what-if) and feeds the outcome back
/// through `update`, so the state the loop keeps already says how it went.
enum SaveEffect {
    static func settle(_ result: (AppState, AppCommand)) -> (AppState, AppCommand) {
        var (state, command) = result
        while case .save(let path, let text, let overwrite) = command {
            (state, command) = DashboardUpdate.update(state, .saveFinished(path: path, write(text, to: path, overwrite: overwrite)))
        }
        return (state, command)
    }

    static func write(_ text: String, to path: String, overwrite: Bool) -> SaveOutcome {
        do {
            return switch try AtomicWrite.write(text, to: expandingHome(path), overwrite: overwrite) {
            case .written: .saved
            case .exists: .exists
            }
        } catch {
            return .failed(error.reason)
        }
    }

    /// "~/x.yaml" as a shell would read it.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = UserThemes.processEnvironment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}
