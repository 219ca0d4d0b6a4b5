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
        let enclosing = mapping.location.asEnclosing
        let collector = mapping.collector
        var entries: [Field] = []
        entries.reserveCapacity(pairs.count)
        // A mapping with fixed keys has a dozen at most: a look along them beats hashing, and
        // a bit per known key tells a repeated one.
        var firstIndices: [String: Int]? = known == nil ? [:] : nil
        var givenKnownKeys: UInt64 = 0
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key.content, !pair.key.isNull else {
                collector.report(at: pair.key, path: mapping.path, "expected a key name, found \(pair.key.described) as a key")
                continue
            }
            let knownIndex = known?.firstIndex(of: key)
            let earlier: Int?
            if let firstIndices {
                earlier = firstIndices[key]
            } else if let knownIndex, knownIndex < UInt64.bitWidth {
                let bit: UInt64 = 1 << knownIndex
                earlier = givenKnownKeys & bit == 0 ? nil : entries.firstIndex { $0.key == key }
                givenKnownKeys |= bit
            } else {
                earlier = entries.firstIndex { $0.key == key }
            }
            if let known, knownIndex == nil {
                let hint = Suggestion.closest(to: key, among: known).map { " (did you mean \(YAMLNode.quoted($0))?)" }
                collector.report(at: pair.key, path: FieldPath.key(key, in: enclosing).text,
                                 "unknown key \(YAMLNode.quoted(key))" + (hint ?? "; expected one of \(known.joined(separator: ", "))"))
            } else if let earlier {
                collector.report(at: pair.key, path: FieldPath.key(key, in: enclosing).text,
                                 "duplicate key \(YAMLNode.quoted(key)), first given at line \(entries[earlier].keyNode.line)")
            } else {
                firstIndices?[key] = entries.count
                entries.append(Field(key: key, keyNode: pair.key,
                                     value: NodeReader(node: pair.value, location: .key(key, in: enclosing), collector: collector)))
            }
        }
        self.entries = entries
    }

    public func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value under `key`, or nil when it is absent or written as nothing.
    public func optional(_ key: String) -> NodeReader? {
        // By index: copying out a whole entry costs more than the look-up.
        guard let index = entries.firstIndex(where: { $0.key == key }), !entries[index].value.node.isNull else { return nil }
        return entries[index].value
    }

    /// The value under `key`; reports it missing at the mapping when absent.
    public func required(_ key: String) -> NodeReader? {
        if let index = entries.firstIndex(where: { $0.key == key }) { return entries[index].value }
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
