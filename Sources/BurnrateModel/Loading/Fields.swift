/// The keys of one YAML mapping, read by name. Created by `NodeReader.fields(_:)`, which has
/// already reported keys that are unknown (with "did you mean"), repeated or not text.
///
/// Keys are found by a look along the mapping as written: a mapping with fixed keys has a dozen
/// at most, and a table of them would cost more to build than the look-ups it saves.
public struct Fields {
    public struct Field {
        public let key: String
        /// The key itself, for problems with the key (an id that does not exist).
        public let keyReader: NodeReader
        public let value: NodeReader
    }

    /// The mapping itself, where a missing key is reported.
    public let mapping: NodeReader
    private let known: [String]?

    init(mapping: NodeReader, known: [String]?) {
        self.mapping = mapping
        self.known = known
        reportKeyProblems()
    }

    /// Keys in the order written, first occurrence only.
    public var entries: [Field] {
        var entries: [Field] = []
        var given: Set<String> = []
        var items = mapping.tree.items(of: mapping.index)
        while let key = items.next(), let value = items.next() {
            guard isText(key) else { continue }
            let name = text(ofKey: key)
            guard known?.contains(name) ?? true, given.insert(name).inserted else { continue }
            entries.append(Field(key: name, keyReader: reader(key), value: reader(value)))
        }
        return entries
    }

    public func contains(_ key: String) -> Bool {
        value(key) != nil
    }

    /// The value under `key`, or nil when it is absent or written as nothing.
    public func optional(_ key: String) -> NodeReader? {
        guard let value = value(key), !mapping.tree[value].isNull else { return nil }
        return reader(value)
    }

    /// The value under `key`; reports it missing at the mapping when absent.
    public func required(_ key: String) -> NodeReader? {
        if let value = value(key) { return reader(value) }
        mapping.report("missing required key \(YAMLNode.quoted(key))")
        return nil
    }

    public func optional<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
        optional(key).flatMap(read)
    }

    public func required<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
        required(key).flatMap(read)
    }

    /// The value under the first key written as `key`.
    private func value(_ key: String) -> Int32? {
        mapping.tree.firstKey(in: mapping.index, named: key).map { $0 + 1 }
    }

    /// False for a key that is a list, a mapping or nothing.
    private func isText(_ key: Int32) -> Bool {
        mapping.tree[key].kind.isScalar && !mapping.tree[key].isNull
    }

    private func text(ofKey key: Int32) -> String {
        mapping.tree.scalarText(key) ?? ""
    }

    private func reader(_ index: Int32) -> NodeReader {
        NodeReader(index, in: mapping.context)
    }

    private func reportKeyProblems() {
        let tree = mapping.tree
        // A bit per known key tells a repeated one without a look back; free keys are hashed.
        var givenKnownKeys: UInt64 = 0
        var nextKnownIndex = 0
        var firstLines: [String: Int] = [:]
        var items = tree.items(of: mapping.index)
        while let key = items.next(), items.next() != nil {
            guard isText(key) else {
                let keyReader = reader(key)
                keyReader.report("expected a key name, found \(keyReader.described) as a key", path: mapping.path)
                continue
            }
            let earlierLine: Int?
            if let known {
                guard let knownIndex = tree.index(of: key, among: known, from: nextKnownIndex) else {
                    reportUnknownKey(key, known: known)
                    continue
                }
                nextKnownIndex = knownIndex + 1
                let bit: UInt64 = knownIndex < UInt64.bitWidth ? 1 << knownIndex : 0
                let first = bit != 0 && givenKnownKeys & bit == 0 ? key : tree.firstKey(in: mapping.index, named: known[knownIndex])
                givenKnownKeys |= bit
                earlierLine = first == key ? nil : first.map { Int(tree[$0].line) }
            } else {
                let name = text(ofKey: key)
                earlierLine = firstLines[name]
                if earlierLine == nil { firstLines[name] = Int(tree[key].line) }
            }
            if let earlierLine {
                reader(key).report("duplicate key \(YAMLNode.quoted(text(ofKey: key))), first given at line \(earlierLine)")
            }
        }
    }

    private func reportUnknownKey(_ key: Int32, known: [String]) {
        let name = text(ofKey: key)
        let hint = Suggestion.closest(to: name, among: known).map { " (did you mean \(YAMLNode.quoted($0))?)" }
        reader(key).report("unknown key \(YAMLNode.quoted(name))" + (hint ?? "; expected one of \(known.joined(separator: ", "))"))
    }
}
