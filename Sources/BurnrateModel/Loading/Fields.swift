/// The keys of one YAML mapping, read by name. Created by `NodeReader.fields(_:)`, which has
/// already reported keys that are unknown (with "did you mean"), repeated or not text.
public struct Fields {
    public struct Field {
        public let key: String
        /// Where the key stands, for problems with the key itself (an id that does not exist).
        public let keyNode: YAMLNode
        public let value: NodeReader
    }

    /// The mapping itself, where a missing key is reported.
    public let mapping: NodeReader
    /// Keys in the order written, first occurrence only.
    public let entries: [Field]

    init(mapping: NodeReader, pairs: [YAMLPair], known: [String]?) {
        self.mapping = mapping
        var entries: [Field] = []
        var firstLines: [String: Int] = [:]
        for pair in pairs {
            let keyAsValue = NodeReader(node: pair.key, path: mapping.path, collector: mapping.collector)
            guard let key = keyAsValue.scalarText else {
                keyAsValue.report("expected a key name, found \(pair.key.described) as a key")
                continue
            }
            let reader = mapping.child(key, pair.value)
            let keyAt = NodeReader(node: pair.key, path: reader.path, collector: mapping.collector)
            if let known, !known.contains(key) {
                let hint = Suggestion.closest(to: key, among: known).map { " (did you mean \(YAMLNode.quoted($0))?)" }
                keyAt.report("unknown key \(YAMLNode.quoted(key))" + (hint ?? "; expected one of \(known.joined(separator: ", "))"))
            } else if let line = firstLines[key] {
                keyAt.report("duplicate key \(YAMLNode.quoted(key)), first given at line \(line)")
            } else {
                firstLines[key] = pair.key.line
                entries.append(Field(key: key, keyNode: pair.key, value: reader))
            }
        }
        self.entries = entries
    }

    public func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value under `key`, or nil when it is absent or written as nothing.
    public func optional(_ key: String) -> NodeReader? {
        entries.first { $0.key == key && !$0.value.node.isNull }?.value
    }

    /// The value under `key`; reports it missing at the mapping when absent.
    public func required(_ key: String) -> NodeReader? {
        if let value = entries.first(where: { $0.key == key })?.value { return value }
        mapping.report("missing required key \(YAMLNode.quoted(key))")
        return nil
    }

    public func optional<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
        optional(key).flatMap(read)
    }

    public func required<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
        required(key).flatMap(read)
    }
}
