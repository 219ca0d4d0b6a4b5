import Glibc

/// One program the soak drives on a pseudo-terminal of its own: what it writes is read as it
/// comes (a terminal left unread would stop the program on a full buffer) and forgotten, its
/// resident memory and open descriptors are sampled, and at the end it is asked to quit and
/// its exit and terminal are checked.
final class SoakProgram {
    let name: String
    let pid: pid_t
    private(set) var terminal: PseudoTerminal?
    private(set) var bytesWritten = 0
    private(set) var exitStatus: Int32?
    /// The last bytes it wrote, where the sequences that leave full-screen mode are.
    private(set) var tail: [UInt8] = []
    private(set) var residentKiB: [Int] = []
    private(set) var descriptors: [Int] = []

    init(name: String, executable: String, arguments: [String], environment: [String], columns: Int, rows: Int) throws(HarnessError) {
        self.name = name
        let terminal = try PseudoTerminal(executable: executable, arguments: arguments, environment: environment,
                                          columns: columns, rows: rows)
        self.terminal = terminal
        pid = terminal.pid
    }

    /// Reads what is waiting, for at most a millisecond.
    func pump() {
        guard let terminal else { return }
        let (bytes, _) = terminal.drain(for: .milliseconds(1))
        bytesWritten += bytes.count
        tail = Array((tail + bytes).suffix(512))
        terminal.forgetHandedOut()
    }

    func send(_ text: String) {
        terminal?.send(text)
    }

    func sample() throws(HarnessError) {
        residentKiB.append(try ProcessStatus(pid: pid).residentKiB)
        descriptors.append(try ProcessStatus.openDescriptors(pid: pid))
    }

    /// Its wait status once it has ended, without waiting.
    func reap() -> Int32? {
        if exitStatus != nil { return exitStatus }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { exitStatus = status }
        return exitStatus
    }

    /// Whether its terminal was closed before it had drawn anything: it had not taken the
    /// terminal yet, so there was nothing to give back.
    private(set) var closedBeforeFirstFrame = false

    /// Closes its terminal, as closing a terminal window does: the program gets SIGHUP.
    func closeTerminal() {
        pump()
        closedBeforeFirstFrame = bytesWritten == 0
        terminal = nil
    }

    /// Esc closes whatever prompt or panel is open (each one on its own, after the wait that
    /// tells a lone Esc from an escape sequence), then `q`; the wait status, or nil when it
    /// has not ended within `timeout`.
    func quit(timeout: Duration) -> Int32? {
        for _ in 0..<3 {
            send("\u{1B}")
            drain(for: .milliseconds(150))
        }
        send("q")
        let deadline = MonotonicClock.now() + timeout
        while reap() == nil, MonotonicClock.now() < deadline { drain(for: .milliseconds(20)) }
        pump()
        return reap()
    }

    /// Nil when the terminal's modes are those from before it started and its last output
    /// leaves full-screen mode (`sequences` all appear after the last frame's end); else what
    /// is wrong.
    func unrestoredTerminal(sequences: [[UInt8]], frameEnd: [UInt8]) -> String? {
        guard let terminal else { return "its terminal is closed" }
        drain(for: .milliseconds(100))
        guard Self.sameModes(terminal.initialModes, terminal.modes()) else { return "the terminal's modes differ from before" }
        let afterLastFrame = Self.lastRange(of: frameEnd, in: tail).map { Array(tail[$0.upperBound...]) } ?? tail
        guard sequences.allSatisfy({ Self.lastRange(of: $0, in: afterLastFrame) != nil }) else {
            return "its output after the last frame does not leave full-screen mode: "
                + String(decoding: afterLastFrame, as: UTF8.self).debugDescription
        }
        return nil
    }

    /// Waits up to `timeout` for the first frame.
    func waitForFirstFrame(_ frameEnd: [UInt8], timeout: Duration) throws(HarnessError) {
        guard let terminal, let first = terminal.read(until: frameEnd, timeout: timeout) else {
            throw HarnessError("\(name): no first frame within \(timeout)")
        }
        bytesWritten += first.count
        terminal.forgetHandedOut()
    }

    private func drain(for duration: Duration) {
        let deadline = MonotonicClock.now() + duration
        repeat { pump() } while MonotonicClock.now() < deadline && terminal?.isAtEnd == false
    }

    static func sameModes(_ left: termios, _ right: termios) -> Bool {
        func controlCharacters(_ modes: termios) -> [UInt8] { withUnsafeBytes(of: modes.c_cc) { Array($0) } }
        return left.c_iflag == right.c_iflag && left.c_oflag == right.c_oflag && left.c_cflag == right.c_cflag
            && left.c_lflag == right.c_lflag && left.c_ispeed == right.c_ispeed && left.c_ospeed == right.c_ospeed
            && controlCharacters(left) == controlCharacters(right)
    }

    private static func lastRange(of marker: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        guard bytes.count >= marker.count else { return nil }
        return stride(from: bytes.count - marker.count, through: 0, by: -1)
            .first { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
            .map { $0..<($0 + marker.count) }
    }
}
