import BurnrateText

/// One problem in a file, located precisely enough to jump to it in an editor.
public struct Diagnostic: Sendable, Equatable, Error, CustomStringConvertible {
    /// An error makes the file unreadable; a warning marks figures that read but do not agree
    /// with each other (`check` prints them, `check --strict` fails on them).
    public enum Severity: Sendable, Equatable {
        case error
        case warning
    }

    public var file: String
    /// 1-based; 0 when the problem concerns the whole file (empty, not text).
    public var line: Int
    public var column: Int
    /// The field, e.g. `round.investors[1].amount`; empty for the file itself.
    public var path: String
    /// What was expected and what was found.
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, column: Int, path: String, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
        self.severity = severity
    }

    /// `FILE:LINE:COLUMN: path.to.field: message`, the form editors and compilers use (a
    /// warning as `FILE:LINE:COLUMN: warning: path.to.field: message`), on one
    /// line whatever the file holds: the name, the field and the message (which quotes what was
    /// found) are shown through `TerminalSafe`, so a key holding a line break or `ESC [ 2 J`
    /// reads as `\n` or `\e[2J`.
    public var description: String {
        let file = TerminalSafe.escape(self.file)
        let position = line > 0 ? "\(file):\(line):\(column)" : file
        let location = severity == .warning ? "\(position): warning" : position
        let message = TerminalSafe.escape(self.message)
        return path.isEmpty ? "\(location): \(message)" : "\(location): \(TerminalSafe.escape(path)): \(message)"
    }
}

/// Every problem found in a file, so that a user fixes them all in one pass.
public struct DiagnosticList: Sendable, Equatable, Error, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

extension Sequence<Diagnostic> {
    /// In the order of the file (ties keep their order), as a reader fixes them top to bottom.
    package var inFileOrder: [Diagnostic] {
        enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }
}
