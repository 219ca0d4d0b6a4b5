/// What the readers of one document share, so that a `NodeReader` is a node's index and one
/// reference, cheap to copy.
@usableFromInline
final class ReadingContext {
    @usableFromInline let tree: YAMLTree
    let collector: DiagnosticCollector

    init(tree: YAMLTree, collector: DiagnosticCollector) {
        self.tree = tree
        self.collector = collector
    }
}
