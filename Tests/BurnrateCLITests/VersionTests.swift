import Foundation
import Testing

/// `burnrate --version` and the script of Sources/BuildCommitPlugin that gives it the commit.
@Suite struct VersionTests {
    static let script = InstallTests.package.appendingPathComponent("Sources/BuildCommitPlugin/build-commit.sh")

    static func git(_ arguments: [String], in directory: URL) throws -> BurnrateRun {
        try BurnrateRun.run(executable: URL(fileURLWithPath: "/usr/bin/git"), arguments, in: directory,
                            environment: ["GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
                                          "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"])
    }

    /// What the script writes for `root`.
    static func buildCommit(of root: URL) throws -> String {
        let output = try TemporaryDirectory.make()
        let run = try BurnrateRun.run(executable: URL(fileURLWithPath: "/bin/sh"), [script.path, root.path, output.path])
        #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
        return try String(contentsOf: output.appendingPathComponent("BuildCommit.swift"), encoding: .utf8)
    }

    static func source(_ hash: String) -> String {
        """
        /// The commit this binary was built from (Sources/BuildCommitPlugin).
        enum BuildCommit {
            static let hash: String? = \(hash)
        }

        """
    }

    @Test func versionNamesTheCommitOfTheCheckout() throws {
        let run = try BurnrateRun.run(["--version"])
        #expect(run.status == 0)
        let head = try Self.git(["-C", InstallTests.package.path, "rev-parse", "--short=7", "HEAD"], in: TemporaryDirectory.make())
        if head.status == 0 {
            let hash = head.stdout.trimmingCharacters(in: .newlines)
            #expect(["burnrate 0.1.0 (\(hash))\n", "burnrate 0.1.0 (\(hash)-dirty)\n"].contains(run.stdout), "\(run.stdout)")
        } else {
            #expect(run.stdout == "burnrate 0.1.0 (unknown commit)\n")
        }
    }

    @Test func noCommitOutsideACheckout() throws {
        #expect(try Self.buildCommit(of: TemporaryDirectory.make()) == Self.source("nil"))
    }

    @Test func theCommitOfTheCheckoutItsTreeChangedOrNot() throws {
        let checkout = try TemporaryDirectory.make()
        try FileManager.default.createDirectory(at: checkout.appendingPathComponent("Sources"), withIntermediateDirectories: true)
        try Data("one\n".utf8).write(to: checkout.appendingPathComponent("Sources/file"))
        #expect(try Self.git(["init", "--quiet"], in: checkout).status == 0)
        #expect(try Self.git(["add", "Sources/file"], in: checkout).status == 0)
        #expect(try Self.git(["commit", "--quiet", "-m", "one"], in: checkout).status == 0)
        let hash = try Self.git(["rev-parse", "--short=7", "HEAD"], in: checkout).stdout.trimmingCharacters(in: .newlines)
        #expect(hash.count == 7)
        #expect(try Self.buildCommit(of: checkout) == Self.source("\"\(hash)\""))
        try Data("two\n".utf8).write(to: checkout.appendingPathComponent("Sources/file"))
        #expect(try Self.buildCommit(of: checkout) == Self.source("\"\(hash)-dirty\""))
        // A package copied into a folder of someone else's checkout is not built from it.
        #expect(try Self.buildCommit(of: checkout.appendingPathComponent("Sources")) == Self.source("nil"))
    }

    @Test func anUnchangedCommitLeavesTheFileAlone() throws {
        let root = try TemporaryDirectory.make()
        let output = try TemporaryDirectory.make()
        let file = output.appendingPathComponent("BuildCommit.swift")
        let sh = URL(fileURLWithPath: "/bin/sh")
        #expect(try BurnrateRun.run(executable: sh, [Self.script.path, root.path, output.path]).status == 0)
        let past = Date(timeIntervalSince1970: 1_000_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: file.path)
        #expect(try BurnrateRun.run(executable: sh, [Self.script.path, root.path, output.path]).status == 0)
        #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date == past)
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["BuildCommit.swift"])
    }
}
