import BurnrateTerminal
import Foundation
import Testing

@Suite struct NotesSocketPathTests {
    @Test func livesInTheRuntimeDirectoryOrAPrivateOneInTmp() {
        #expect(NotesSocketPath.directory(environment: ["XDG_RUNTIME_DIR": "/run/user/1000"], uid: 1000)
                == "/run/user/1000/burnrate")
        #expect(NotesSocketPath.directory(environment: ["XDG_RUNTIME_DIR": "/run/user/7/"], uid: 7) == "/run/user/7/burnrate")
        #expect(NotesSocketPath.directory(environment: [:], uid: 501) == "/tmp/burnrate-501")
        #expect(NotesSocketPath.directory(environment: ["XDG_RUNTIME_DIR": ""], uid: 501) == "/tmp/burnrate-501")
    }

    @Test func isNamedAfterTheDeckWhetherANameOrAFile() {
        #expect(NotesSocketPath.path(directory: "/r", deck: "openai-2026-02") == "/r/openai-2026-02.sock")
        #expect(NotesSocketPath.path(directory: "/r", deck: "talks/board.yaml") == "/r/board.sock")
        #expect(NotesSocketPath.path(directory: "/r", deck: "/abs/q3.yml", instance: 3) == "/r/q3-3.sock")
    }

    @Test func takesTheFirstSocketNoLivePresenterHolds() {
        let directory = "/r"
        #expect(NotesSocketPath.freeInstance(directory: directory, deck: "d", isLive: { _ in false }) == 1)
        let live: Set = ["/r/d.sock", "/r/d-2.sock"]
        #expect(NotesSocketPath.freeInstance(directory: directory, deck: "d", isLive: live.contains) == 3)
        let gap: Set = ["/r/d-2.sock"]
        #expect(NotesSocketPath.freeInstance(directory: directory, deck: "d", isLive: gap.contains) == 1)
        #expect(NotesSocketPath.freeInstance(directory: directory, deck: "d", isLive: { _ in true }) == nil)
    }
}

/// The socket calls on a real folder: owner-only permissions, a stale file replaced, a closed
/// peer seen by both ends without a SIGPIPE.
@Suite struct UnixSocketTests {
    static func temporaryFolder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-socket-\(UUID().uuidString.prefix(8))").path
        return path
    }

    @Test func listensOwnerOnlyAndReplacesAStaleFile() throws {
        let folder = Self.temporaryFolder() + "/burnrate"
        defer { try? FileManager.default.removeItem(atPath: (folder as NSString).deletingLastPathComponent) }
        try FileManager.default.createDirectory(atPath: (folder as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try UnixSocket.makePrivateDirectory(folder)
        let path = folder + "/deck.sock"
        #expect(FileManager.default.createFile(atPath: path, contents: Data()), "a stale file where the socket goes")
        #expect(!UnixSocket.isLive(path))

        let listener = try UnixSocket.listen(at: path)
        defer { close(listener) }
        #expect(UnixSocket.isLive(path))
        var folderInfo = stat(), socketInfo = stat()
        #expect(stat(folder, &folderInfo) == 0 && stat(path, &socketInfo) == 0)
        #expect(folderInfo.st_mode & 0o777 == 0o700)
        #expect(socketInfo.st_mode & 0o777 == 0o600)
        #expect(socketInfo.st_mode & S_IFMT == S_IFSOCK)
    }

    @Test func aFolderMadeUnderANarrowUmaskIsMadeOwnerRWX() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mkdir(folder, 0o600) == 0, "as mkdir(0o700) makes it while umask is 0o177")
        try UnixSocket.makePrivateDirectory(folder)
        var info = stat()
        #expect(stat(folder, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
    }

    @Test func carriesBytesAndReportsAPeerThatWentAway() throws {
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try UnixSocket.makePrivateDirectory(folder)
        let path = folder + "/d.sock"
        let listener = try UnixSocket.listen(at: path)
        defer { close(listener) }
        #expect(UnixSocket.accept(listener) == nil, "nobody has connected yet")
        let client = try UnixSocket.connect(to: path)
        let server = try #require(UnixSocket.accept(listener))
        #expect(UnixSocket.receive(from: client) == .nothing)
        #expect(UnixSocket.send("hello\n", to: server))
        #expect(UnixSocket.receive(from: client) == .bytes(Array("hello\n".utf8)))

        close(client)
        #expect(UnixSocket.receive(from: server) == .closed)
        // The first send after the peer closed may still be buffered; by the second the kernel
        // answers EPIPE, which must be a false and not a SIGPIPE that ends the test runner.
        _ = UnixSocket.send("one\n", to: server)
        #expect(!UnixSocket.send("two\n", to: server))
        close(server)
    }
}
