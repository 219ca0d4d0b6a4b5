import Glibc

/// What a batch of events from a directory watch means for one file in that directory.
public enum WatchedFileChange: Hashable, Sendable {
    /// Written in place, or put in place by a rename (an editor's save): read it again.
    case written
    /// Deleted or renamed away, or its directory is gone.
    case removed

    /// The last event in the batch that settles the file's fate, so a burst (an editor
    /// renaming the old file away and writing a new one, a delete and a recreate) gives one
    /// answer; nil when nothing in the batch concerns `file`.
    public static func of(_ file: String, in events: [DirectoryEvent]) -> WatchedFileChange? {
        events.reduce(nil) { settled, event in change(of: file, by: event) ?? settled }
    }

    private static func change(of file: String, by event: DirectoryEvent) -> WatchedFileChange? {
        let mask = Int32(bitPattern: event.mask)
        if mask & IN_Q_OVERFLOW != 0 {
            // The kernel dropped events; whatever happened, the file must be looked at again.
            return .written
        }
        if event.name.isEmpty {
            return mask & (IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 ? .removed : nil
        }
        guard event.name == file else { return nil }
        if mask & (IN_CLOSE_WRITE | IN_MOVED_TO) != 0 { return .written }
        if mask & (IN_DELETE | IN_MOVED_FROM) != 0 { return .removed }
        return nil
    }
}
