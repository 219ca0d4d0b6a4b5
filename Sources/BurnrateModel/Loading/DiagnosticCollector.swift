/// Gathers the problems found while reading one file, so that reading can go on after the
/// first one and report them all at once.
public final class DiagnosticCollector {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) {
        self.file = file
    }

    public var isEmpty: Bool { diagnostics.isEmpty }

    /// Records a problem at a position; line 0 for the file as a whole.
    public func report(line: Int, column: Int, path: String, _ message: String) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, path: path, message: message))
    }

    /// Everything collected, in the order of the file (ties keep the order of reporting), as a
    /// reader would fix them top to bottom.
    public var inFileOrder: DiagnosticList {
        let ordered = diagnostics.enumerated().sorted {
            ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
        }
        return DiagnosticList(ordered.map(\.element))
    }

    /// Throws everything collected so far, if anything was.
    public func throwIfAny() throws(DiagnosticList) {
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
    }
}
