import Foundation
import Testing

/// What one run of the `burnrate` binary printed and how it ended.
struct BurnrateRun {
    var status: Int32
    var stdout: String
    var stderr: String

    struct BinaryMissing: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "no burnrate binary next to the tests (looked in \(searched.joined(separator: ", "))); "
                + "`swift test` builds it with every product: run `swift build` and try again"
        }
    }

    /// The `burnrate` executable in the build products directory, which also holds the test
    /// bundle (`.build/<triple>/debug/burnratePackageTests.xctest`, on macOS a bundle a few levels
    /// deeper).
    static func binary() throws -> URL {
        let start = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var directory = start.deletingLastPathComponent()
        var searched: [String] = []
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("burnrate")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            searched.append(directory.path)
            directory = directory.deletingLastPathComponent()
        }
        throw BinaryMissing(searched: searched)
    }

    /// Runs `burnrate arguments…` in `directory` (a fresh temporary one by default), with
    /// output in files so that a large export cannot fill a pipe and stall, and `environment`
    /// over the tests' own; XDG_CONFIG_HOME names no folder unless `environment` gives one, so
    /// that the tester's own config and themes are not read.
    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws -> BurnrateRun {
        try run(executable: binary(), arguments, in: directory, environment: environment)
    }

    /// Runs another program the same way: the install script, git, man.
    static func run(executable: URL, _ arguments: [String], in directory: URL? = nil,
                    environment: [String: String] = [:]) throws -> BurnrateRun {
        let directory = try directory ?? TemporaryDirectory.make()
        let stdoutURL = directory.appendingPathComponent(".stdout-\(UUID().uuidString)")
        let stderrURL = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        defer {
            try? FileManager.default.removeItem(at: stdoutURL)
            try? FileManager.default.removeItem(at: stderrURL)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_CONFIG_HOME": "/nonexistent"]) { $1 }
            .merging(environment) { _, given in given }
        process.currentDirectoryURL = directory
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        process.waitUntilExit()
        try stdout.close()
        try stderr.close()
        return BurnrateRun(status: process.terminationStatus,
                           stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
                           stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }

    /// Stdout parsed as a JSON object.
    func json() throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
        return try #require(object as? [String: Any], "stdout is not a JSON object:\n\(stdout.prefix(500))")
    }
}

enum TemporaryDirectory {
    static func make() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("burnrate-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A fresh directory holding `files` (name → bytes).
    static func with(_ files: [String: [UInt8]]) throws -> URL {
        let directory = try make()
        for (name, bytes) in files {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
        return directory
    }
}

/// Navigation in JSONSerialization's output.
extension Dictionary where Key == String, Value == Any {
    func object(_ key: String) throws -> [String: Any] {
        try #require(self[key] as? [String: Any], "\(key) is not an object")
    }

    func array(_ key: String) throws -> [[String: Any]] {
        try #require(self[key] as? [[String: Any]], "\(key) is not an array of objects")
    }

    func number(_ key: String) -> Double? {
        (self[key] as? NSNumber)?.doubleValue
    }

    func string(_ key: String) -> String? {
        self[key] as? String
    }

    func isNull(_ key: String) -> Bool {
        self[key] is NSNull
    }
}

extension Array where Element == [String: Any] {
    func with(id: String) throws -> [String: Any] {
        try #require(first { $0["id"] as? String == id }, "no element with id \(id)")
    }
}
