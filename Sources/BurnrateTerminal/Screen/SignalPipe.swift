import CNcursesw
import Glibc

/// The write end of the pipe, for the signal handler: a C function pointer cannot capture it.
/// Set before any handler is installed and reset after they are all removed.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Turns signals into bytes on a pipe that the runner polls, so that a handler does nothing
/// but write(2) and the loop handles the signal in ordinary code.
final class SignalPipe {
    static let signals: [Int32] = [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGCONT, SIGTSTP]

    let readEnd: Int32
    private let writeEnd: Int32
    private var previousActions: [Int32: sigaction] = [:]

    /// Must come before `newterm`: ncurses installs its own handlers for signals that still
    /// have their default action, and exits from them.
    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw ScreenError.signalPipe(errno: errno) }
        readEnd = ends[0]
        writeEnd = ends[1]
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        signalPipeWriteEnd = writeEnd
        for signal in Self.signals {
            var previous = sigaction()
            _ = burnrate_install_signal_handler(signal, Self.handler, &previous)
            previousActions[signal] = previous
        }
    }

    private static let handler: @convention(c) (Int32) -> Void = { signal in
        let savedErrno = errno
        var byte = UInt8(truncatingIfNeeded: signal)
        _ = write(signalPipeWriteEnd, &byte, 1)
        errno = savedErrno
    }

    /// Stops the process as Ctrl-Z would in a shell (SIGTSTP with its default action, so the
    /// shell reports "Stopped", and the kernel ignores it when no shell could resume us);
    /// returns once continued.
    func stopProcess() {
        var ours = sigaction()
        _ = burnrate_install_signal_handler(SIGTSTP, nil, &ours)
        raise(SIGTSTP)
        _ = burnrate_restore_signal_handler(SIGTSTP, &ours)
    }

    /// The signals received since the last call, oldest first.
    func drain() -> [Int32] {
        var received: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            guard count > 0 else { break }
            received += buffer[0..<count].map(Int32.init)
        }
        return received
    }

    /// Puts back the actions the signals had before, then closes the pipe.
    func uninstall() {
        for (signal, var previous) in previousActions {
            _ = burnrate_restore_signal_handler(signal, &previous)
        }
        previousActions = [:]
        signalPipeWriteEnd = -1
        close(readEnd)
        close(writeEnd)
    }
}
