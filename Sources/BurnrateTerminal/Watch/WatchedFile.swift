import Glibc

/// One file followed through inotify by its path. It watches the file's folder rather than the
/// file: an editor that saves by writing a new file and renaming it over the old one would leave
/// a watch on the file itself following the old, unlinked copy. A watch dies with its folder
/// (deleted) or follows it elsewhere (renamed), so while the folder is missing the nearest
/// existing folder above it is watched instead, and the folder is watched again as soon as
/// something of that name appears on the way to it.
public final class WatchedFile {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The inotify descriptor for the runner to wait on.
    public let descriptor: Int32
    /// The file's folder and its name there, after following symbolic links once at the start.
    public let folder: String
    public let name: String
    private var folderWatch: Int32?
    /// The watched folder's device and inode, to tell whether the path still leads to it.
    private var folderIdentity: FileIdentity?
    /// While the folder is missing: the watch on the nearest folder above it that exists, and
    /// the entry in it on the way to the folder.
    private var ancestorWatch: (watch: Int32, entry: String)?

    /// Runs between a failed watch on a missing folder and the watch on the folder above it,
    /// so tests can make the folder in that gap.
    private let beforeWatchingAbove: () -> Void

    public convenience init(path: String) throws(Failure) {
        try self.init(path: path, beforeWatchingAbove: {})
    }

    init(path: String, beforeWatchingAbove: @escaping () -> Void) throws(Failure) {
        self.beforeWatchingAbove = beforeWatchingAbove
        let target = Self.resolved(path)
        (folder, name) = Self.split(target)
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw Failure(description: "inotify: \(Self.lastError)") }
        guard lookForFolder() else {
            let failure = Failure(description: "cannot watch \(folder): \(Self.lastError)")
            close(descriptor)
            throw failure
        }
    }

    deinit {
        close(descriptor)
    }

    /// Reads every event waiting and answers for all of them at once: a burst of events (an
    /// editor's save) gives one answer. When the folder went, came back or was replaced, the
    /// answer is whether the file is there now. Nil when nothing concerns the file.
    public func pendingChange() -> WatchedFileChange? {
        let events = DirectoryEvent.decode(drain())
        let watched = folderWatch
        let change = WatchedFileChange.of(name, in: events.filter { $0.watch == watched || Self.isOverflow($0) })
        guard mustLookAgain(after: events) else { return change }
        lookForFolder()
        guard folderWatch != watched else { return change }
        return isRegularFile ? .written : .removed
    }

    private var isRegularFile: Bool {
        Self.isEntry(folder == "/" ? "/" + name : folder + "/" + name, ofType: S_IFREG)
    }

    /// The folder's path no longer leads to the watched folder, its own watch says it went
    /// (deleted, renamed, unmounted), something appeared on the way to a missing folder, or the
    /// kernel dropped events. The path is looked at, not only the folder's own events: a
    /// deleted folder's IN_DELETE_SELF waits until nothing else holds it, which can be after
    /// the event for the file in it.
    private func mustLookAgain(after events: [DirectoryEvent]) -> Bool {
        if folderWatch != nil, FileIdentity(of: folder) != folderIdentity { return true }
        return events.contains { event in
            if Self.isOverflow(event) { return true }
            if event.watch == folderWatch {
                return event.name.isEmpty && event.mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0
            }
            guard let ancestorWatch, event.watch == ancestorWatch.watch else { return false }
            return event.name.isEmpty || event.name == ancestorWatch.entry
        }
    }

    /// Watches the folder if it exists, else the nearest existing folder above it; false when
    /// neither can be watched (no permission, the system's limit of watches).
    ///
    /// A folder made on the way after its own watch failed, but before the watch above it
    /// was in place, announced itself to nobody; so once the watch above is in place the
    /// path is looked at again (a bounded number of times, against a folder made and deleted
    /// over and over).
    @discardableResult
    private func lookForFolder(attempts: Int = 8) -> Bool {
        for watch in [folderWatch, ancestorWatch?.watch].compactMap({ $0 }) {
            inotify_rm_watch(descriptor, watch)
        }
        folderWatch = nil
        folderIdentity = nil
        ancestorWatch = nil
        let watch = inotify_add_watch(descriptor, folder, DirectoryEvent.watchMask | UInt32(IN_ONLYDIR))
        if watch >= 0 {
            folderWatch = watch
            folderIdentity = FileIdentity(of: folder)
            return true
        }
        var missing = folder
        while errno == ENOENT || errno == ENOTDIR, missing != "/", missing != "." {
            let failure = errno
            beforeWatchingAbove()
            errno = failure
            let (above, entry) = Self.split(missing)
            let watch = inotify_add_watch(descriptor, above, DirectoryEvent.ancestorMask)
            if watch >= 0 {
                ancestorWatch = (watch, entry)
                return Self.isEntry(missing, ofType: S_IFDIR) && attempts > 1 ? lookForFolder(attempts: attempts - 1) : true
            }
            missing = above
        }
        return false
    }

    private static func isEntry(_ path: String, ofType type: mode_t) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == type
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

    private struct FileIdentity: Equatable {
        let device: UInt
        let inode: UInt

        init?(of path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt(info.st_dev)
            inode = UInt(info.st_ino)
        }
    }

    private static func isOverflow(_ event: DirectoryEvent) -> Bool {
        event.mask & UInt32(IN_Q_OVERFLOW) != 0
    }

    /// A path's folder and last part: "/a/b" is ("/a", "b"), "/a" is ("/", "a"), "b" is (".", "b").
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let name = String(path[path.index(after: slash)...])
        return (slash == path.startIndex ? "/" : String(path[..<slash]), name)
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}
