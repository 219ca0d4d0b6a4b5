#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A YAML file parsed into nodes that know where they stand, ready for a `NodeReader`.
///
/// Refuses what the readers should never see: empty files, files that are not text, malformed
/// YAML, a second document, aliases, nesting deeper than 64 levels and more than 1,000,000
/// values; each as a diagnostic with the position libyaml reports.
package struct YAMLDocument: Sendable {
    package let file: String
    let tree: YAMLTree

    package init(text: String, file: String) throws(DiagnosticList) {
        let collector = DiagnosticCollector(file: file)
        if text.isEmpty {
            collector.report(line: 0, column: 0, path: "", "the file is empty")
        } else if Self.containsNUL(text) {
            collector.report(line: 0, column: 0, path: "", "expected a text file, found NUL bytes")
        } else if text.utf8.count > 1 << 30 {
            // Positions and offsets are kept in 32 bits, and escapes can make a scalar's text half
            // as long again as written; files are read up to 8 MiB.
            collector.report(line: 0, column: 0, path: "", "the file is larger than 1 GiB")
        }
        try collector.throwIfAny()
        let tree = YAMLComposer.compose(text, into: collector)
        try collector.throwIfAny()
        guard let tree else {
            collector.report(line: 0, column: 0, path: "", "the file holds no YAML value, only blank lines or comments")
            throw DiagnosticList(collector.diagnostics)
        }
        self.file = file
        self.tree = tree
    }

    /// With memchr: a scenario of ten thousand investors is over 3 MB of text.
    private static func containsNUL(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in bytes.baseAddress.map { memchr($0, 0, bytes.count) != nil } ?? false }
    }

    package init(contentsOf path: String) throws(DiagnosticList) {
        try self.init(text: try TextFile.contents(ofFile: path), file: path)
    }

    /// A reader at the root, reporting into `collector`.
    package func reader(into collector: DiagnosticCollector) -> NodeReader {
        NodeReader(YAMLTree.root, in: ReadingContext(tree: tree, collector: collector))
    }
}
