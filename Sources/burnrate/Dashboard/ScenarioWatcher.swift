import BurnrateModel
import BurnrateTerminal
import BurnrateView

/// Watches the scenario file the dashboard or a presentation was opened with, and reads it
/// again when it changes on disk (see `WatchedFile` for how it keeps following the file when
/// its folder is deleted, renamed or recreated).
final class ScenarioWatcher {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The file as the user named it, for loading and for what the dashboard says.
    let path: String
    private let file: WatchedFile

    /// The inotify descriptor for the event loop to wait on.
    var descriptor: Int32 { file.descriptor }

    init(path: String) throws(Failure) {
        self.path = path
        do {
            file = try WatchedFile(path: path)
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    /// Reads every event waiting and answers for all of them at once: a burst of events (an
    /// editor's save) gives one reload. Nil when none concerns the file.
    func pendingChange() -> ScenarioFileChange? {
        switch file.pendingChange() {
        case nil: nil
        case .removed: .deleted(path: path)
        case .written: reload()
        }
    }

    private func reload() -> ScenarioFileChange {
        // Deleted again since the event: the delete's own event may come in a later read.
        guard FileSystem.isRegularFile(path) else { return .deleted(path: path) }
        do {
            return .reloaded(try ScenarioLoader.load(contentsOf: path))
        } catch {
            return .broken(error)
        }
    }
}
