import Foundation
import Glibc
import Testing
import BurnrateTerminal

/// Which batches of inotify events from a scenario file's directory mean "read it again" and
/// which mean "it is gone", for the ways editors and tools save, without inotify.
@Suite("Directory events")
struct DirectoryEventTests {
    static func event(_ mask: Int32, _ name: String = "") -> DirectoryEvent {
        DirectoryEvent(watch: 1, mask: UInt32(mask), name: name)
    }

    @Test func anInPlaceWriteReloadsOnceWhenTheFileIsClosed() {
        // `echo … > s.yaml`, or an editor writing over the file: one close-write.
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_CLOSE_WRITE, "s.yaml")]) == .written)
    }

    @Test func writingATemporaryFileAndRenamingItOverTheOldOneIsOneReload() {
        // Many IDEs and `sed -i`: the temporary file's own events do not count.
        let save = [
            Self.event(IN_CLOSE_WRITE, ".s.yaml.tmp"),
            Self.event(IN_MOVED_FROM, ".s.yaml.tmp"),
            Self.event(IN_MOVED_TO, "s.yaml"),
        ]
        #expect(WatchedFileChange.of("s.yaml", in: save) == .written)
    }

    @Test func vimsBackupDanceEndsInOneReload() {
        // vim with backupcopy=no: the old file is renamed away, a new one written, the backup deleted.
        let save = [
            Self.event(IN_MOVED_FROM, "s.yaml"),
            Self.event(IN_MOVED_TO, "s.yaml~"),
            Self.event(IN_CLOSE_WRITE, "s.yaml"),
            Self.event(IN_DELETE, "s.yaml~"),
        ]
        #expect(WatchedFileChange.of("s.yaml", in: save) == .written)
    }

    @Test func aDeletedOrRenamedAwayFileIsRemoved() {
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_DELETE, "s.yaml")]) == .removed)
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_MOVED_FROM, "s.yaml")]) == .removed)
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_CLOSE_WRITE, "s.yaml"), Self.event(IN_DELETE, "s.yaml")]) == .removed)
    }

    @Test func aFileDeletedAndWrittenAgainIsReloaded() {
        let batch = [Self.event(IN_DELETE, "s.yaml"), Self.event(IN_CLOSE_WRITE, "s.yaml")]
        #expect(WatchedFileChange.of("s.yaml", in: batch) == .written)
    }

    @Test func theDirectoryGoingRemovesTheFile() {
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_DELETE_SELF), Self.event(IN_IGNORED)]) == .removed)
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_MOVE_SELF)]) == .removed)
    }

    @Test func lostEventsMeanTheFileMustBeReadAgain() {
        #expect(WatchedFileChange.of("s.yaml", in: [Self.event(IN_Q_OVERFLOW)]) == .written)
    }

    @Test func otherFilesInTheDirectoryChangeNothing() {
        let batch = [
            Self.event(IN_CLOSE_WRITE, "s.yaml.swp"),
            Self.event(IN_DELETE, "other.yaml"),
            Self.event(IN_MOVED_TO, "S.yaml"),
            Self.event(IN_CLOSE_WRITE, "s.yam"),
        ]
        #expect(WatchedFileChange.of("s.yaml", in: batch) == nil)
        #expect(WatchedFileChange.of("s.yaml", in: []) == nil)
    }

    /// `struct inotify_event` as the kernel lays it out: wd, mask, cookie, len, then the name
    /// padded with NULs to len.
    static func record(watch: Int32 = 1, mask: Int32, cookie: UInt32 = 0, name: String, padding: Int = 0) -> [UInt8] {
        let nameBytes = name.isEmpty ? [] : Array(name.utf8) + [UInt8](repeating: 0, count: 1 + padding)
        func bytes<T>(_ value: T) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
        return bytes(watch) + bytes(UInt32(mask)) + bytes(cookie) + bytes(UInt32(nameBytes.count)) + nameBytes
    }

    @Test func recordsAreDecodedWithTheirWatchesAndPaddedNames() {
        let bytes = Self.record(mask: IN_MOVED_TO, cookie: 7, name: "s.yaml", padding: 9)
            + Self.record(watch: 2, mask: IN_DELETE_SELF, name: "")
            + Self.record(mask: IN_CLOSE_WRITE, name: "été.yaml")
        #expect(DirectoryEvent.decode(bytes) == [
            DirectoryEvent(watch: 1, mask: UInt32(IN_MOVED_TO), name: "s.yaml"),
            DirectoryEvent(watch: 2, mask: UInt32(IN_DELETE_SELF), name: ""),
            DirectoryEvent(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: "été.yaml"),
        ])
    }

    @Test func aRecordCutShortEndsTheList() {
        let whole = Self.record(mask: IN_CLOSE_WRITE, name: "s.yaml")
        let cut = Self.record(mask: IN_DELETE, name: "s.yaml").dropLast(3)
        #expect(DirectoryEvent.decode(whole + cut) == [DirectoryEvent(watch: 1, mask: UInt32(IN_CLOSE_WRITE), name: "s.yaml")])
        #expect(DirectoryEvent.decode(Array(whole.prefix(10))) == [])
    }

    /// The watch mask and the decoding against the kernel itself: the events are queued by the
    /// time each file operation returns, so reading right after it needs no waiting (the files
    /// are written by `CloseOnExecFiles`, whose descriptors no tmux of another test inherits).
    @Test func theKernelsEventsForARealSaveByRenameAndADelete() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-watch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("s.yaml").path
        let temporary = directory.appendingPathComponent(".s.yaml.tmp").path
        try CloseOnExecFiles.write("first", to: file)

        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        try #require(inotify_add_watch(descriptor, directory.path, DirectoryEvent.watchMask) >= 0)
        func pending() -> [DirectoryEvent] {
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            return count > 0 ? DirectoryEvent.decode(Array(buffer[..<count])) : []
        }

        try CloseOnExecFiles.write("second", to: temporary)
        #expect(rename(temporary, file) == 0)
        let save = pending()
        // The temporary file's events (its close, its move away; the kernel may merge or order
        // its write events differently) come first, and the rename into place last.
        #expect(save.last?.name == "s.yaml")
        #expect(save.dropLast().allSatisfy { $0.name == ".s.yaml.tmp" } && save.count >= 2)
        #expect(WatchedFileChange.of("s.yaml", in: save) == .written)

        #expect(unlink(file) == 0)
        #expect(WatchedFileChange.of("s.yaml", in: pending()) == .removed)
        #expect(pending().isEmpty)
    }
}
