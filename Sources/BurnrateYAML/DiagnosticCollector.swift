/// Gathers the problems found while reading one file, so that reading can go on after the
/// first one and report them all at once: up to `limit` of them, then
/// only how many more there were.
package final class DiagnosticCollector {
    /// Diagnostics kept for one file; the rest are counted.
    package static let limit = 100

    package let file: String
    package private(set) var diagnostics: [Diagnostic] = []
    /// Problems reported once `diagnostics` was full.
    package private(set) var uncollected = 0

    package init(file: String) {
        self.file = file
    }

    package var isEmpty: Bool { diagnostics.isEmpty }

    /// Records a problem at a position; line 0 for the file as a whole. Past the limit the
    /// path and message are not even made: a path is found by walking the list a value is in,
    /// and a file can hold a million problems, each with a "did you mean".
    package func report(line: Int, column: Int, path: @autoclosure () -> String, _ message: @autoclosure () -> String) {
        guard diagnostics.count < Self.limit else {
            uncollected += 1
            return
        }
        diagnostics.append(Diagnostic(file: file, line: line, column: column, path: path(), message: message()))
    }

    /// Everything collected, in the order of the file (ties keep the order of reporting), as a
    /// reader would fix them top to bottom; then how many more there were.
    package var inFileOrder: DiagnosticList {
        DiagnosticList(diagnostics.inFileOrder + uncollectedSummary)
    }

    /// Throws everything collected so far, if anything was.
    package func throwIfAny() throws(DiagnosticList) {
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics + uncollectedSummary) }
    }

    private var uncollectedSummary: [Diagnostic] {
        guard uncollected > 0 else { return [] }
        let problems = uncollected == 1 ? "problem" : "problems"
        return [Diagnostic(file: file, line: 0, column: 0, path: "", message: "… and \(uncollected) more \(problems)")]
    }
}
