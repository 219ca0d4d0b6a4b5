import Glibc

/// One inotify event from a watched directory: which watch it came from, what happened (the
/// `IN_*` bits) and to which entry, by name; the name is empty when the event concerns the
/// directory itself.
public struct DirectoryEvent: Hashable, Sendable {
    public var watch: Int32
    public var mask: UInt32
    public var name: String

    public init(watch: Int32, mask: UInt32, name: String) {
        self.watch = watch
        self.mask = mask
        self.name = name
    }

    /// What a directory watch asks for: a file in it finished being written, or was renamed
    /// in, deleted or renamed away, and the directory itself went. `IN_CREATE` and `IN_MODIFY`
    /// are left out: a file just created or half written is not ready to read, and its
    /// `IN_CLOSE_WRITE` follows.
    public static let watchMask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM | IN_DELETE_SELF | IN_MOVE_SELF)

    /// What a watch on the nearest existing folder above a missing one asks for: an entry
    /// created or renamed in (the missing folder, or one on the way to it), and the folder
    /// itself going.
    public static let ancestorMask = UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)

    /// The events in what read(2) returned from an inotify descriptor: each a `struct
    /// inotify_event` (watch descriptor, mask, cookie and name length, four 32-bit fields)
    /// followed by the name, padded with NULs to the given length. A record cut short ends
    /// the list.
    public static func decode(_ bytes: [UInt8]) -> [DirectoryEvent] {
        let header = 16
        var events: [DirectoryEvent] = []
        var offset = 0
        bytes.withUnsafeBytes { buffer in
            while offset + header <= buffer.count {
                let watch = buffer.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                let mask = buffer.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                let length = Int(buffer.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                let end = offset + header + length
                guard end <= buffer.count else { break }
                let name = buffer[(offset + header)..<end].prefix { $0 != 0 }
                events.append(DirectoryEvent(watch: watch, mask: mask, name: String(decoding: name, as: UTF8.self)))
                offset = end
            }
        }
        return events
    }
}
