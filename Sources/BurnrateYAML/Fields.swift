/// The keys of one YAML mapping, read by name. Created by `NodeReader.fields(_:)`, which has
/// already reported keys that are unknown (with "did you mean"), repeated or not text.
///
/// The pass that reports them also notes where each known key's value stands, so that a key
/// asked for is looked up among the dozen names it may be rather than along the mapping's text.
@usableFromInline
package struct Fields {
    package struct Field {
        package let key: String
        /// The key itself, for problems with the key (an id that does not exist).
        package let keyReader: NodeReader
        package let value: NodeReader
    }

    /// The mapping itself, where a missing key is reported.
    package let mapping: NodeReader
    private let known: [String]?
    /// For each known key, the value under its first occurrence; -1 where it is not given.
    private var knownValues: [Int32]
    /// Known keys an unknown key was reported as a misspelling of.
    private var suggested: Set<String> = []
    /// True when keys are given but none is known: a mapping of another kind, or one level too
    /// deep. Its unknown keys say so; the keys it therefore lacks would only bury that.
    private var holdsNoKnownKey = false

    init(mapping: NodeReader, known: [String]?) {
        self.mapping = mapping
        self.known = known
        knownValues = Array(repeatElement(-1, count: known?.count ?? 0))
        readKeys()
    }

    /// Keys in the order written, first occurrence only.
    package var entries: [Field] {
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

    package func contains(_ key: String) -> Bool {
        value(key) != nil
    }

    /// The value under `key`, or nil when it is absent or written as nothing.
    @usableFromInline
    package func optional(_ key: String) -> NodeReader? {
        guard let value = value(key), !mapping.tree[value].isNull else { return nil }
        return reader(value)
    }

    /// The value under `key`; reports it missing at the mapping when absent.
    @usableFromInline
    package func required(_ key: String) -> NodeReader? {
        if let value = value(key) { return reader(value) }
        if !holdsNoKnownKey, !suggested.contains(key) {
            mapping.report("missing required key \(YAMLNode.quoted(key))")
        }
        return nil
    }

    /// True when `key` is absent or written as nothing, and not reported as misspelt: a key
    /// another one needs alongside it is missing.
    package func isMissing(_ key: String) -> Bool {
        optional(key) == nil && !suggested.contains(key)
    }

    @inlinable
    package func optional<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
        optional(key).flatMap(read)
    }

    @inlinable
    package func required<T>(_ key: String, _ read: (NodeReader) -> T?) -> T? {
        required(key).flatMap(read)
    }

    /// The value under the first key written as `key`.
    private func value(_ key: String) -> Int32? {
        // By length first: `==` on two short strings that differ calls into the runtime, and a
        // key asked for is compared with a dozen names, nearly all of another length.
        let length = key.utf8.count
        guard let known, let knownIndex = known.firstIndex(where: { $0.utf8.count == length && $0 == key }) else {
            // A mapping of free keys notes none of them.
            return mapping.tree.firstKey(in: mapping.index, named: key).map { $0 + 1 }
        }
        let value = knownValues[knownIndex]
        return value < 0 ? nil : value
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

    /// Reports keys that are not text, unknown or repeated, and notes where each known one's
    /// value stands.
    private mutating func readKeys() {
        let tree = mapping.tree
        var nextKnownIndex = 0
        var firstLines = [String: Int]()
        var items = tree.items(of: mapping.index)
        var holdsUnknownKey = false
        defer { holdsNoKnownKey = holdsUnknownKey && !knownValues.contains { $0 >= 0 } }
        while let key = items.next(), let value = items.next() {
            guard isText(key) else {
                let keyReader = reader(key)
                keyReader.report("expected a key name, found \(keyReader.described) as a key", path: mapping.path)
                continue
            }
            let earlierLine: Int?
            if let known {
                guard let knownIndex = tree.index(of: key, among: known, from: nextKnownIndex) else {
                    reportUnknownKey(key, value: value, known: known)
                    holdsUnknownKey = true
                    continue
                }
                nextKnownIndex = knownIndex + 1
                let earlierValue = knownValues[knownIndex]
                earlierLine = earlierValue < 0 ? nil : Int(tree[earlierValue - 1].line)
                if earlierValue < 0 { knownValues[knownIndex] = value }
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

    private mutating func reportUnknownKey(_ key: Int32, value: Int32, known: [String]) {
        let name = text(ofKey: key)
        let unknown = "unknown key \(YAMLNode.quoted(name))"
        if let suggestion = Suggestion.closest(to: name, among: known) {
            suggested.insert(suggestion)
            reader(key).report(unknown + " (did you mean \(YAMLNode.quoted(suggestion))?)")
            return
        }
        let nested = nestedKnownKeys(in: value, known: known)
        guard nested.isEmpty else {
            let listed = nested.prefix(3).joined(separator: ", ") + (nested.count > 3 ? ", …" : "")
            reader(key).report(unknown + ", whose value holds keys that belong here (\(listed)); write them one level up, without \(YAMLNode.quoted(name + ":"))")
            return
        }
        reader(key).report(unknown + "; expected one of \(known.joined(separator: ", "))")
    }

    /// The known keys a mapping under an unknown key holds, in the order written.
    private func nestedKnownKeys(in value: Int32, known: [String]) -> [String] {
        let tree = mapping.tree
        guard tree[value].kind == .mapping else { return [] }
        var names: [String] = []
        var items = tree.items(of: value)
        while let key = items.next(), items.next() != nil {
            if isText(key), tree.index(of: key, among: known, from: 0) != nil { names.append(text(ofKey: key)) }
        }
        return names
    }
}
