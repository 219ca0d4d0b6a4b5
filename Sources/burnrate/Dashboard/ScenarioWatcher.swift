#if canImport(Glibc)
import Glibc
#endif
import BurnrateModel
import BurnrateTerminal
import BurnrateView

/// Watches the scenario file the dashboard was opened with, and reads it again when it
/// changes on disk. It watches the file's directory rather than the file: an editor that saves
/// by writing a new file and renaming it over the old one would leave a watch on the file
/// itself following the old, unlinked copy.
final class ScenarioWatcher {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The file as the user named it, for loading and for what the dashboard says.
    let path: String
    /// The inotify descriptor for the event loop to wait on.
    let descriptor: Int32
    /// The file's name in the watched directory, after following symbolic links.
    private let name: String

    init(path: String) throws(Failure) {
        self.path = path
        let target = Self.resolved(path)
        let slash = target.lastIndex(of: "/")
        name = slash.map { String(target[target.index(after: $0)...]) } ?? target
        let directory = slash.map { $0 == target.startIndex ? "/" : String(target[..<$0]) } ?? "."
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(description: "inotify: \(Self.lastError)") }
        guard inotify_add_watch(descriptor, directory, DirectoryEvent.watchMask) >= 0 else {
            let failure = Failure(description: "cannot watch \(directory): \(Self.lastError)")
            close(descriptor)
            throw failure
        }
    }

    deinit {
        close(descriptor)
    }

    /// Reads every event waiting and answers for all of them at once: a burst of events (an
    /// editor's save) gives one reload. Nil when none concerns the file.
    func pendingChange() -> ScenarioFileChange? {
        switch WatchedFileChange.of(name, in: DirectoryEvent.decode(drain())) {
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

    private func drain() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[..<count]
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                return bytes
            }
        }
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}
