/// A YAML file parsed into nodes that know where they stand, ready for a `NodeReader`.
///
/// Refuses what the readers should never see: empty files, files that are not text, malformed
/// YAML, a second document, aliases, nesting deeper than 64 levels and more than 200,000
/// values; each as a diagnostic with the position libyaml reports.
public struct YAMLDocument: Sendable {
    public let file: String
    public let root: YAMLNode

    public init(text: String, file: String) throws(DiagnosticList) {
        let collector = DiagnosticCollector(file: file)
        if text.isEmpty {
            collector.report(line: 0, column: 0, path: "", "the file is empty")
        } else if text.utf8.contains(0) {
            collector.report(line: 0, column: 0, path: "", "expected a text file, found NUL bytes")
        }
        try collector.throwIfAny()
        let root = YAMLComposer.compose(text, into: collector)
        try collector.throwIfAny()
        guard let root else {
            collector.report(line: 0, column: 0, path: "", "the file holds no YAML value, only blank lines or comments")
            throw DiagnosticList(collector.diagnostics)
        }
        self.file = file
        self.root = root
    }

    public init(contentsOf path: String) throws(DiagnosticList) {
        try self.init(text: try TextFile.contents(ofFile: path), file: path)
    }

    /// A reader at the root, reporting into `collector`.
    public func reader(into collector: DiagnosticCollector) -> NodeReader {
        NodeReader(node: root, path: "", collector: collector)
    }
}
