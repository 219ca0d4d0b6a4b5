import Foundation

/// A real terminal for end-to-end tests: a detached tmux session on a private server, driven
/// with send-keys and read with capture-pane. The server goes when the value does.
final class Tmux {
    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let arguments: [String]
        let output: String
        var description: String { "tmux \(arguments.joined(separator: " ")) failed: \(output)" }
    }

    static let executable: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        .split(separator: ":")
        .map { "\($0)/tmux" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static var isAvailable: Bool { executable != nil }

    private let socket = "burnrate-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let session = "test"

    /// Starts `command` (a shell by default) in a `width`×`height` window, with `environment`
    /// on top of the server's; LANG is UTF-8 so wide characters show as they are, and
    /// XDG_CONFIG_HOME names no folder, so that the tester's own config and themes are not read.
    init(width: Int, height: Int, command: String = "/bin/sh", environment: [String: String] = [:]) throws {
        let variables = ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": "/nonexistent"].merging(environment) { $1 }
            .sorted { $0.key < $1.key }
            .flatMap { ["-e", "\($0.key)=\($0.value)"] }
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)"]
                 + variables + [command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Presses keys by tmux name: "q", "Up", "Enter", "C-c", "F5".
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", session] + keys)
    }

    /// Writes these bytes to the program as they are: send-keys -H passes each byte on untouched,
    /// whatever cursor-key mode the program asked for (an `ESC [ C` stays `ESC [ C`).
    func sendBytes(_ bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", session, "-H"] + bytes.map { String($0, radix: 16) })
    }

    /// Pastes `text` as a terminal does: inside `ESC [ 200 ~` … `ESC [ 201 ~` when the program
    /// turned bracketed paste on, and as plain typing when it did not.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", session])
    }

    /// Types `text` as it is, then Enter.
    func typeLine(_ text: String) throws {
        try tmux(["send-keys", "-t", session, "-l", text])
        try press("Enter")
    }

    /// The visible screen as text, one line per row; with `escapes`, colours and attributes as
    /// escape sequences.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session] + (escapes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Captures the screen every 20 ms until `predicate` holds, for at most `timeout`; returns
    /// the screen that satisfied it.
    @discardableResult
    func waitUntil(_ description: String, timeout: Duration = .seconds(5),
                   _ predicate: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = try capture()
        while !predicate(screen) {
            guard ContinuousClock.now < deadline else { throw Timeout(waitingFor: description, screen: screen) }
            usleep(20_000)
            screen = try capture()
        }
        return screen
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(5)) throws -> String {
        try waitFor(all: [text], timeout: timeout)
    }

    /// Waits until the screen shows every one of `texts`: a frame reaches tmux in several
    /// writes, so one part of it on screen does not mean the rest is there yet.
    @discardableResult
    func waitFor(all texts: [String], timeout: Duration = .seconds(5)) throws -> String {
        try waitUntil(texts.map { "\"\($0)\"" }.joined(separator: " and "), timeout: timeout) { screen in
            texts.allSatisfy { screen.contains($0) }
        }
    }

    /// Runs tmux with posix_spawn rather than Foundation's Process: test threads block most
    /// signals, a spawned process inherits that mask, and a tmux server started with SIGCHLD
    /// and SIGTERM blocked never finishes starting and cannot be stopped. Output goes to a file,
    /// not a pipe: the server keeps the descriptors it inherited, so a pipe would never end.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let outputPath = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(socket)-\(UUID().uuidString)").path
        defer { unlink(outputPath) }
        let output = open(outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        defer { close(output) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let executable = Self.executable ?? "tmux"
        let argv = ([executable, "-L", socket] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw CommandFailed(arguments: arguments, output: String(cString: strerror(spawned))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
        // WIFEXITED and WEXITSTATUS are macros: exited normally with status 0.
        guard status & 0xFFFF == 0 else { throw CommandFailed(arguments: arguments, output: text) }
        return text
    }
}
