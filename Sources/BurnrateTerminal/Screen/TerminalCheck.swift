import CNcursesw
import Glibc

/// Whether the standard streams are terminals: the dashboard needs stdin and stdout to be.
public enum TerminalCheck {
    public static var stdinIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }
    public static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    public static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Standard output's width in columns when it is a terminal, else nil.
    public static var stdoutColumns: Int? {
        var rows: Int32 = 0
        var columns: Int32 = 0
        guard stdoutIsTerminal, burnrate_window_size(STDOUT_FILENO, &rows, &columns) == burnrate_ok() else { return nil }
        return Int(columns)
    }
}
