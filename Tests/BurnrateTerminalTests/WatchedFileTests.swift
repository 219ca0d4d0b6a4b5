import Foundation
import Glibc
import Testing
@testable import BurnrateTerminal

/// A scenario file followed by path through real inotify while its folder is deleted, renamed
/// and made again. The kernel has queued most of a file operation's events by the time it
/// returns, but a deleted folder's IN_DELETE_SELF waits until nothing holds the folder, and
/// under load another test's child process, between its fork and its exec, can hold a copy of
/// a descriptor open on it a moment longer; so an answer that is expected is waited for.
/// Files are written and folders removed with `CloseOnExecFiles`.
@Suite("Watched file")
struct WatchedFileTests {
    /// The next answer, waiting up to two seconds for events that concern the file.
    static func next(_ watched: WatchedFile) -> WatchedFileChange? {
        let deadline = ContinuousClock.now + .seconds(2)
        repeat {
            if let change = watched.pendingChange() { return change }
            var descriptor = pollfd(fd: watched.descriptor, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, 50)
        } while ContinuousClock.now < deadline
        return nil
    }

    /// A fresh `root/folder/s.yaml`, removed afterwards.
    struct Files: ~Copyable {
        let root: String
        var folder: String { root + "/folder" }
        var file: String { folder + "/s.yaml" }

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-watched-\(UUID().uuidString)").path
            try #require(mkdir(root, 0o700) == 0 && mkdir(root + "/folder", 0o700) == 0)
            try write("first")
        }

        deinit {
            CloseOnExecFiles.removeTree(root)
        }

        func write(_ text: String) throws {
            try CloseOnExecFiles.write(text, to: file)
        }
    }

    @Test func aFolderDeletedAndMadeAgainIsWatchedAgain() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        CloseOnExecFiles.removeTree(files.folder)
        #expect(Self.next(watched) == .removed)
        #expect(mkdir(files.folder, 0o755) == 0)
        // The folder is back without the file: still removed.
        #expect(Self.next(watched) == .removed)
        try files.write("second")
        #expect(Self.next(watched) == .written)
        // And it keeps following: the next save, the next delete.
        try files.write("third")
        #expect(Self.next(watched) == .written)
        #expect(unlink(files.file) == 0)
        #expect(Self.next(watched) == .removed)
    }

    @Test func aFolderDeletedAndMadeAgainWithTheFileBeforeAnyoneLooksIsOneReload() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        CloseOnExecFiles.removeTree(files.folder)
        #expect(mkdir(files.folder, 0o755) == 0)
        try files.write("second")
        #expect(Self.next(watched) == .written)
        #expect(watched.pendingChange() == nil)
        try files.write("third")
        #expect(Self.next(watched) == .written)
    }

    @Test func aFileMovedAwayAndBackIsReloaded() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        let away = files.root + "/away.yaml"
        #expect(rename(files.file, away) == 0)
        #expect(Self.next(watched) == .removed)
        #expect(rename(away, files.file) == 0)
        #expect(Self.next(watched) == .written)
    }

    @Test func aRenamedFolderIsNotFollowedAndIsWatchedAgainWhenItComesBack() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        let renamed = files.root + "/renamed"
        #expect(rename(files.folder, renamed) == 0)
        #expect(Self.next(watched) == .removed)
        // The file lives on under the other name, but that is not the path being followed.
        try CloseOnExecFiles.write("elsewhere", to: renamed + "/s.yaml")
        #expect(watched.pendingChange() == nil)
        #expect(rename(renamed, files.folder) == 0)
        #expect(Self.next(watched) == .written)
        try files.write("again")
        #expect(Self.next(watched) == .written)
    }

    @Test func anotherFolderRenamedIntoPlaceIsWatched() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        let replacement = files.root + "/replacement"
        #expect(mkdir(replacement, 0o755) == 0)
        try CloseOnExecFiles.write("new", to: replacement + "/s.yaml")
        CloseOnExecFiles.removeTree(files.folder)
        #expect(rename(replacement, files.folder) == 0)
        #expect(Self.next(watched) == .written)
        try files.write("edited")
        #expect(Self.next(watched) == .written)
    }

    @Test func theFolderAboveGoingTooIsFollowedBackDown() throws {
        let files = try Files()
        let nested = files.root + "/a/b"
        #expect(mkdir(files.root + "/a", 0o700) == 0 && mkdir(nested, 0o700) == 0)
        let file = nested + "/s.yaml"
        try CloseOnExecFiles.write("first", to: file)
        let watched = try WatchedFile(path: file)
        CloseOnExecFiles.removeTree(files.root + "/a")
        #expect(Self.next(watched) == .removed)
        #expect(mkdir(files.root + "/a", 0o755) == 0)
        #expect(watched.pendingChange() == nil)
        #expect(mkdir(nested, 0o755) == 0)
        #expect(Self.next(watched) == .removed)
        try CloseOnExecFiles.write("back", to: file)
        #expect(Self.next(watched) == .written)
    }

    /// The folder made again after the watch on it failed but before the watch above it was in
    /// place: its making is an event nobody was watching for, so the path is looked at again.
    @Test func aFolderMadeWhileTheWatchMovesUpIsWatched() throws {
        let files = try Files()
        let folder = files.folder
        var gaps = 0
        let watched = try WatchedFile(path: files.file) {
            gaps += 1
            if gaps == 1 { mkdir(folder, 0o755) }
        }
        CloseOnExecFiles.removeTree(folder)
        #expect(Self.next(watched) == .removed)
        #expect(gaps == 1, "the folder was found on the second look, without another gap")
        try files.write("back")
        #expect(Self.next(watched) == .written)
    }

    @Test func otherFilesInAMissingFoldersParentChangeNothing() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        CloseOnExecFiles.removeTree(files.folder)
        #expect(Self.next(watched) == .removed)
        try CloseOnExecFiles.write("x", to: files.root + "/folder.txt")
        #expect(mkdir(files.root + "/other", 0o755) == 0)
        #expect(watched.pendingChange() == nil)
    }
}
