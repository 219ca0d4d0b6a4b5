#if canImport(Glibc)
import Glibc
#endif

/// Runs a command the user configured (an alert's `notify-send`), as the shell would not: the
/// program and its arguments as given, looked up on PATH, with no shell to read quotes or `$`.
/// Its standard input is the text given; its output goes to /dev/null, never onto the screen.
/// It runs in a process group of its own, which is killed, children and all, when it outlasts
/// its timeout.
public enum CommandRun {
    public enum Ending: Hashable, Sendable {
        case exited(Int32)
        case signalled(Int32)
        /// Still running at the timeout, so killed.
        case timedOut
        /// It could not be started, with the system's reason.
        case failed(String)
    }

    /// Runs the command on a thread of its own and forgets it.
    static func start(_ command: [String], input: String, timeout: Duration) {
        ThreadStart.detached { _ = run(command, input: input, timeout: timeout) }
    }

    /// Runs the command and waits for it, at most `timeout`.
    public static func run(_ command: [String], input: String, timeout: Duration) -> Ending {
        guard let program = command.first, !program.isEmpty else { return .failed("no command") }
        // A command that exits without reading its input must not take this process with it:
        // SIGPIPE is blocked on this thread, and the write sees EPIPE instead.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)

        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return .failed(String(cString: strerror(errno))) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        let pid: pid_t
        switch spawn(command, stdin: ends[0]) {
        case .success(let spawned): pid = spawned
        case .failure(let reason):
            close(ends[0])
            close(ends[1])
            return .failed(reason.text)
        }
        close(ends[0])
        writeAll(Array(input.utf8), to: ends[1])
        close(ends[1])
        return wait(for: pid, timeout: timeout)
    }

    private struct SpawnFailure: Error {
        let text: String
    }

    private static func spawn(_ command: [String], stdin: Int32) -> Result<pid_t, SpawnFailure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        // The runner's signal handling and this thread's mask are not the command's business.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))

        let argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, command[0], &actions, &attributes, argv, environ)
        return spawned == 0 ? .success(pid) : .failure(SpawnFailure(text: "\(command[0]): \(String(cString: strerror(spawned)))"))
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            offset += written
        }
    }

    /// Polls for the end every 10 ms: a command has no descriptor to wait on with a timeout,
    /// and this thread has nothing else to do.
    private static func wait(for pid: pid_t, timeout: Duration) -> Ending {
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return ending(status) }
            if reaped < 0 && errno != EINTR { return .failed(String(cString: strerror(errno))) }
            if ContinuousClock.now >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .timedOut
            }
            var pause = timespec(tv_sec: 0, tv_nsec: 10_000_000)
            nanosleep(&pause, nil)
        }
    }

    /// WIFEXITED, WEXITSTATUS and WTERMSIG are macros Swift cannot import.
    private static func ending(_ status: Int32) -> Ending {
        status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signalled(status & 0x7F)
    }
}
