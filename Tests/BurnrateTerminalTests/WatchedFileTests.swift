import Foundation
import Glibc
import Testing
@testable import BurnrateTerminal

/// A scenario file followed by path through real inotify while its folder is deleted, renamed
/// and made again. The kernel has queued a file operation's events by the time it returns, so
/// each answer is read right after the operations with no waiting.
/// Files are written and folders removed with `CloseOnExecFiles`.
@Suite("Watched file")
struct WatchedFileTests {
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
        #expect(watched.pendingChange() == .removed)
        #expect(mkdir(files.folder, 0o755) == 0)
        // The folder is back without the file: still removed.
        #expect(watched.pendingChange() == .removed)
        try files.write("second")
        #expect(watched.pendingChange() == .written)
        // And it keeps following: the next save, the next delete.
        try files.write("third")
        #expect(watched.pendingChange() == .written)
        #expect(unlink(files.file) == 0)
        #expect(watched.pendingChange() == .removed)
    }

    @Test func aFolderDeletedAndMadeAgainWithTheFileBeforeAnyoneLooksIsOneReload() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        CloseOnExecFiles.removeTree(files.folder)
        #expect(mkdir(files.folder, 0o755) == 0)
        try files.write("second")
        #expect(watched.pendingChange() == .written)
        #expect(watched.pendingChange() == nil)
        try files.write("third")
        #expect(watched.pendingChange() == .written)
    }

    @Test func aFileMovedAwayAndBackIsReloaded() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        let away = files.root + "/away.yaml"
        #expect(rename(files.file, away) == 0)
        #expect(watched.pendingChange() == .removed)
        #expect(rename(away, files.file) == 0)
        #expect(watched.pendingChange() == .written)
    }

    @Test func aRenamedFolderIsNotFollowedAndIsWatchedAgainWhenItComesBack() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        let renamed = files.root + "/renamed"
        #expect(rename(files.folder, renamed) == 0)
        #expect(watched.pendingChange() == .removed)
        // The file lives on under the other name, but that is not the path being followed.
        try CloseOnExecFiles.write("elsewhere", to: renamed + "/s.yaml")
        #expect(watched.pendingChange() == nil)
        #expect(rename(renamed, files.folder) == 0)
        #expect(watched.pendingChange() == .written)
        try files.write("again")
        #expect(watched.pendingChange() == .written)
    }

    @Test func anotherFolderRenamedIntoPlaceIsWatched() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        let replacement = files.root + "/replacement"
        #expect(mkdir(replacement, 0o755) == 0)
        try CloseOnExecFiles.write("new", to: replacement + "/s.yaml")
        CloseOnExecFiles.removeTree(files.folder)
        #expect(rename(replacement, files.folder) == 0)
        #expect(watched.pendingChange() == .written)
        try files.write("edited")
        #expect(watched.pendingChange() == .written)
    }

    @Test func theFolderAboveGoingTooIsFollowedBackDown() throws {
        let files = try Files()
        let nested = files.root + "/a/b"
        #expect(mkdir(files.root + "/a", 0o700) == 0 && mkdir(nested, 0o700) == 0)
        let file = nested + "/s.yaml"
        try CloseOnExecFiles.write("first", to: file)
        let watched = try WatchedFile(path: file)
        CloseOnExecFiles.removeTree(files.root + "/a")
        #expect(watched.pendingChange() == .removed)
        #expect(mkdir(files.root + "/a", 0o755) == 0)
        #expect(watched.pendingChange() == nil)
        #expect(mkdir(nested, 0o755) == 0)
        #expect(watched.pendingChange() == .removed)
        try CloseOnExecFiles.write("back", to: file)
        #expect(watched.pendingChange() == .written)
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
        #expect(watched.pendingChange() == .removed)
        #expect(gaps == 1, "the folder was found on the second look, without another gap")
        try files.write("back")
        #expect(watched.pendingChange() == .written)
    }

    @Test func otherFilesInAMissingFoldersParentChangeNothing() throws {
        let files = try Files()
        let watched = try WatchedFile(path: files.file)
        CloseOnExecFiles.removeTree(files.folder)
        #expect(watched.pendingChange() == .removed)
        try CloseOnExecFiles.write("x", to: files.root + "/folder.txt")
        #expect(mkdir(files.root + "/other", 0o755) == 0)
        #expect(watched.pendingChange() == nil)
    }
}
