import BurnrateText
import ArgumentParser
import BurnrateModel

#if canImport(Glibc)
import Glibc
#endif

/// A failure the user can act on: its message goes to standard error as it is, and the
/// command exits with `code`.
struct CommandFailure: Error {
    let message: String
    let code: Int32

    init(_ message: String, code: Int32 = 1) {
        self.message = message
        self.code = code
    }
}

enum StandardError {
    /// Writes `text` as its lines, each through `TerminalSafe`: messages quote file names,
    /// keys and values, and whatever the message's author forgot to escape is escaped here.
    static func write(_ text: String) {
        let safe = TerminalSafe.escapeKeepingLineBreaks(text)
        let line = safe.hasSuffix("\n") ? safe : safe + "\n"
        _ = line.utf8CString.withUnsafeBufferPointer { buffer in
            Glibc.write(STDERR_FILENO, buffer.baseAddress, buffer.count - 1)
        }
    }
}

/// Runs `body`, turning a `CommandFailure` into its message on standard error and its exit code.
func reportingFailures(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let failure as CommandFailure {
        StandardError.write(failure.message)
        throw ExitCode(failure.code)
    }
}
