import CNcursesw
import Glibc

/// What the crash handler needs, prepared while the program is healthy: a crashing program
/// must not allocate, lock, or call into ncurses.
private struct CrashRestore {
    var fd: Int32
    var resetSequence: UnsafeMutableBufferPointer<UInt8>
    var shellModes: UnsafeMutablePointer<termios>
}

nonisolated(unsafe) private var crashRestore: CrashRestore?
/// The actions the crash signals had before ours (the Swift runtime's backtracer, usually),
/// indexed by signal number; allocated once and never freed, as a handler may still read it.
nonisolated(unsafe) private var previousCrashActions: UnsafeMutablePointer<sigaction>?
nonisolated(unsafe) private var closeAtExit: (() -> Void)?
nonisolated(unsafe) private var atExitRegistered = false

/// Puts the terminal back when the program ends without closing the screen: at `exit`, and on
/// a crash (a Swift trap is SIGILL or SIGTRAP, a bad pointer SIGSEGV, `abort` SIGABRT).
enum TerminalRestorer {
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT]

    /// Arms both paths. `resetSequence` is what leaves the full-screen mode (sgr0, mouse and
    /// bracketed paste off, cnorm, rmkx, rmcup); `shellModes` the terminal modes from before ncurses started.
    static func arm(fd: Int32, resetSequence: [UInt8], shellModes: termios, close: @escaping () -> Void) {
        let sequence = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: resetSequence.count)
        _ = sequence.initialize(from: resetSequence)
        let modes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        modes.initialize(to: shellModes)
        crashRestore = CrashRestore(fd: fd, resetSequence: sequence, shellModes: modes)
        if previousCrashActions == nil {
            previousCrashActions = .allocate(capacity: Int(NSIG))
        }
        for signal in crashSignals {
            _ = burnrate_install_signal_handler(signal, { signal in
                TerminalRestorer.restoreAfterCrash(signal)
            }, previousCrashActions! + Int(signal))
        }
        closeAtExit = close
        if !atExitRegistered {
            atExitRegistered = true
            atexit { closeAtExit?() }
        }
    }

    /// The screen closed normally: the crash handlers go, the previous actions come back.
    static func disarm() {
        guard let state = crashRestore else { return }
        crashRestore = nil
        closeAtExit = nil
        for signal in crashSignals {
            _ = burnrate_restore_signal_handler(signal, previousCrashActions! + Int(signal))
        }
        state.resetSequence.deallocate()
        state.shellModes.deallocate()
    }

    /// Async-signal-safe: write(2) and tcsetattr(3) only. Then the previous action takes over:
    /// a fault runs again into it when the handler returns, `abort` gets its signal raised again.
    private static func restoreAfterCrash(_ signal: Int32) {
        if let state = crashRestore {
            crashRestore = nil
            _ = write(state.fd, state.resetSequence.baseAddress, state.resetSequence.count)
            _ = tcsetattr(state.fd, TCSANOW, state.shellModes)
        }
        _ = burnrate_restore_signal_handler(signal, previousCrashActions! + Int(signal))
        if signal == SIGABRT {
            raise(signal)
        }
    }
}
