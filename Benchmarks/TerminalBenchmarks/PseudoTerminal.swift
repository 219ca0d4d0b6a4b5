import Glibc

/// A program running on a pseudo-terminal this process made: its own session, the terminal
/// as its controlling terminal and as stdin, stdout and stderr. Everything it writes is kept,
/// in order, in `output`.
final class PseudoTerminal {
    let pid: pid_t
    private let master: Int32
    private(set) var output: [UInt8] = []
    /// Output not yet handed out by `read(until:)`.
    private var consumed = 0
    private(set) var isAtEnd = false
    /// The terminal's modes before the program started, as a shell would have left them.
    let initialModes: termios

    init(executable: String, arguments: [String], environment: [String], columns: Int, rows: Int) throws(HarnessError) {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw HarnessError("openpty failed: errno \(errno)") }
        defer { Glibc.close(slave) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        guard let slavePath = ttyname(slave).map({ String(cString: $0) }) else { throw HarnessError("ttyname failed") }
        var modes = termios()
        tcgetattr(master, &modes)
        initialModes = modes

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, without O_NOCTTY: it becomes the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, STDIN_FILENO, STDERR_FILENO)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(Self.spawnSetSID))

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            Glibc.close(master)
            throw HarnessError("cannot start \(executable): errno \(status)")
        }
        pid = child
        self.master = master
    }

    deinit {
        Glibc.close(master)
    }

    /// glibc's POSIX_SPAWN_SETSID, which Swift does not import.
    private static let spawnSetSID: Int32 = 0x80

    func send(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(master, &bytes, bytes.count)
    }

    /// The terminal's modes now. Asked on the master side, Linux answers for the terminal the
    /// program has (or had) open.
    func modes() -> termios {
        var modes = termios()
        tcgetattr(master, &modes)
        return modes
    }

    /// Gives the terminal a new size, as a terminal window does: TIOCSWINSZ, and SIGWINCH to
    /// the program.
    func resize(columns: Int, rows: Int) {
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        kill(pid, SIGWINCH)
    }

    /// Forgets the output already handed out, so that a long run keeps only what is new.
    func forgetHandedOut() {
        output.removeFirst(consumed)
        consumed = 0
    }

    /// Reads until the output not yet handed out contains `marker`, and returns it up to and
    /// including the marker; nil if `timeout` passes first or the program closes the terminal.
    func read(until marker: [UInt8], timeout: Duration) -> [UInt8]? {
        let deadline = MonotonicClock.now() + timeout
        var searchFrom = consumed
        while true {
            if let end = Self.end(of: marker, in: output, from: searchFrom) {
                defer { consumed = end }
                return Array(output[consumed..<end])
            }
            searchFrom = max(consumed, output.count - marker.count + 1)
            let remaining = deadline - MonotonicClock.now()
            guard remaining > .zero, readAvailable(waiting: remaining) else { return nil }
        }
    }

    /// Reads everything that arrives for `duration`, and hands it out.
    func drain(for duration: Duration) -> (bytes: [UInt8], reads: Int) {
        let deadline = MonotonicClock.now() + duration
        var reads = 0
        while case let remaining = deadline - MonotonicClock.now(), remaining > .zero {
            if readAvailable(waiting: remaining) { reads += 1 } else if isAtEnd { break }
        }
        defer { consumed = output.count }
        return (Array(output[consumed...]), reads)
    }

    /// Waits up to `waiting` for output and appends what there is; false when nothing came.
    private func readAvailable(waiting: Duration) -> Bool {
        guard !isAtEnd else { return false }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(clamping: (waiting.components.seconds * 1000)
            + (waiting.components.attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = Glibc.read(master, &buffer, buffer.count)
        // EIO once the program has closed its side of the terminal.
        guard count > 0 else {
            isAtEnd = true
            return false
        }
        output += buffer[..<count]
        return true
    }

    private static func end(of marker: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count >= marker.count, start <= bytes.count - marker.count else { return nil }
        for index in start...(bytes.count - marker.count) where bytes[index] == marker[0] {
            if bytes[index..<(index + marker.count)].elementsEqual(marker) { return index + marker.count }
        }
        return nil
    }
}
