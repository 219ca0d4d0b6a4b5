@testable import BurnrateTerminal
import Foundation
import Testing

/// AtomicWrite in a fresh temporary directory per test: what ends up on disk, and that no
/// temporary file is ever left behind.
@Suite final class AtomicWriteTests {
    let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-atomic-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    func contents(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
    var names: [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()) ?? [] }

    @Test func writesANewFile() throws {
        #expect(try AtomicWrite.write("id: a\n", to: path("a.yaml"), overwrite: false) == .written)
        #expect(try contents("a.yaml") == "id: a\n")
        #expect(names == ["a.yaml"])
    }

    @Test func refusesToReplaceAnExistingFileUnlessAsked() throws {
        try "old\n".write(toFile: path("a.yaml"), atomically: false, encoding: .utf8)
        #expect(try AtomicWrite.write("new\n", to: path("a.yaml"), overwrite: false) == .exists)
        #expect(try contents("a.yaml") == "old\n")
        #expect(names == ["a.yaml"])
        #expect(try AtomicWrite.write("new\n", to: path("a.yaml"), overwrite: true) == .written)
        #expect(try contents("a.yaml") == "new\n")
        #expect(names == ["a.yaml"])
    }

    @Test func aDanglingSymlinkCountsAsExisting() throws {
        try FileManager.default.createSymbolicLink(atPath: path("link.yaml"), withDestinationPath: path("missing.yaml"))
        #expect(try AtomicWrite.write("new\n", to: path("link.yaml"), overwrite: false) == .exists)
        #expect(names == ["link.yaml"])
    }

    @Test func aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        // The temporary file's name is the target's with a dot before and ".<pid>.0.tmp" after,
        // so a 250-character name (the limit is 255) fits while its temporary file does not.
        let name = String(repeating: "n", count: 245) + ".yaml"
        try "old\n".write(toFile: path(name), atomically: false, encoding: .utf8)
        #expect(throws: AtomicWrite.Failure(path: path(name), reason: "File name too long")) {
            try AtomicWrite.write("new\n", to: path(name), overwrite: true)
        }
        #expect(try contents(name) == "old\n")
        #expect(names == [name])
    }

    @Test func renamingOntoADirectoryFailsAndCleansUp() throws {
        try FileManager.default.createDirectory(atPath: path("taken"), withIntermediateDirectories: false)
        try "x".write(toFile: path("taken/inside"), atomically: false, encoding: .utf8)
        #expect(throws: AtomicWrite.Failure(path: path("taken"), reason: "Is a directory")) {
            try AtomicWrite.write("new\n", to: path("taken"), overwrite: true)
        }
        #expect(names == ["taken"])
    }

    @Test func aMissingDirectoryIsReportedInTheSystemsWords() {
        #expect(throws: AtomicWrite.Failure(path: path("nowhere/a.yaml"), reason: "No such file or directory")) {
            try AtomicWrite.write("x", to: path("nowhere/a.yaml"), overwrite: false)
        }
    }
}
