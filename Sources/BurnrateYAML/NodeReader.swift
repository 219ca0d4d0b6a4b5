/// Reads one YAML value with a field path (`round.investors[1].amount`), reporting every
/// problem to a shared collector instead of stopping at the first one.
///
/// Accessors return nil after reporting, so a caller reads on and gathers further problems:
/// ```swift
/// let collector = DiagnosticCollector(file: path)
/// let document = try YAMLDocument(contentsOf: path)
/// if let fields = document.reader(into: collector).fields(["name", "size"]) {
///     let name = fields.required("name") { $0.string() }
///     let size = fields.optional("size") { $0.int() }
/// }
/// try collector.throwIfAny()
/// ```
/// Messages read `expected …, found …`, found-values quoted as written.
@usableFromInline
package struct NodeReader {
    @usableFromInline let context: ReadingContext
    @usableFromInline let index: Int32

    init(_ index: Int32, in context: ReadingContext) {
        self.index = index
        self.context = context
    }

    @inlinable
    var tree: YAMLTree { context.tree }

    package var collector: DiagnosticCollector { context.collector }

    /// Empty at the root.
    package var path: String { FieldPath.text(of: index, in: tree) }

    @inlinable
    package var kind: YAMLKind { tree[index].kind }

    /// 1-based.
    @inlinable
    package var line: Int { Int(tree[index].line) }

    /// Where the value starts, 1-based.
    @inlinable
    package var position: (line: Int, column: Int) { (Int(tree[index].line), Int(tree[index].column)) }

    /// The value under `key` in a mapping, without reporting anything when there is none.
    package func value(ofKey key: String) -> NodeReader? {
        guard kind == .mapping, let keyIndex = tree.firstKey(in: index, named: key) else { return nil }
        return NodeReader(keyIndex + 1, in: context)
    }

    /// True for an empty plain value, `~` and `null`: YAML's way of writing nothing.
    @inlinable
    package var isNull: Bool { tree[index].isNull }

    /// How the value reads in a message: scalars quoted as written, other kinds by name.
    package var described: String {
        switch kind {
        case .plainScalar, .quotedScalar: isNull ? "nothing" : YAMLNode.quoted(tree.scalarText(index) ?? "")
        case .list: "a list"
        case .mapping: "a mapping"
        }
    }

    /// Reports a problem with this value, at its position.
    package func report(_ message: @autoclosure () -> String) {
        report(message(), path: path)
    }

    /// Reports a problem at this value's position under another path: a key that is not text
    /// has no path of its own.
    func report(_ message: @autoclosure () -> String, path: @autoclosure () -> String) {
        let node = tree[index]
        collector.report(line: Int(node.line), column: Int(node.column), path: path(), message())
    }

    /// Reports "expected `what`, found …" and returns nil, for use in accessors.
    // The generic readers here are inlinable so that the scenario reader specialises them for
    // its types: called across the module boundary unspecialised, they looked up generic
    // metadata for every field of every investor. Swift 6.3 keeps the body of an inlinable
    // member of a package type to itself unless the type is @usableFromInline (and then so must
    // be the package members the body calls): without it, `@inlinable` here did nothing.
    @inlinable
    package func expected<T>(_ what: String, hint: String = "") -> T? {
        reportExpected(what, hint: hint)
        return nil
    }

    @usableFromInline
    package func reportExpected(_ what: String, hint: String) {
        report("expected \(what), found \(described)\(hint)")
    }

    /// The bytes of a scalar as written, for parsers that read them without making a String.
    @inlinable
    package func withScalarBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        tree.withScalarBytes(index, body)
    }

    /// True for a mapping holding `key`.
    package func hasKey(_ key: String) -> Bool {
        kind == .mapping && tree.firstKey(in: index, named: key) != nil
    }

    /// True for a scalar written as `text`.
    @inlinable
    package func isWritten(as text: String) -> Bool {
        tree.isScalar(index, writtenAs: text)
    }

    /// The text of a scalar; nil for nothing (`~`, `null`, an empty value).
    @inlinable
    package var scalarText: String? {
        isNull ? nil : tree.scalarText(index)
    }

    // MARK: Scalars

    /// Any scalar as text (`title: 2026` is the text "2026").
    @inlinable
    package func string() -> String? {
        scalarText ?? expected("text")
    }

    /// An id: letters, digits, '-' and '_'.
    package func identifier() -> String? {
        func isIDCharacter(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
        func isASCIIIDByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"): true
            default: false
            }
        }
        // Unicode properties are slow to look up: ASCII ids, nearly all of them, skip them.
        guard let text = scalarText, !text.isEmpty,
              tree.withScalarBytes(index, { $0.allSatisfy(isASCIIIDByte) }) || text.unicodeScalars.allSatisfy(isIDCharacter)
        else { return expected("an id of letters, digits, '-' and '_'") }
        return text
    }

    package func int(_ what: String = "a whole number") -> Int? {
        scalarText.flatMap { Int($0) } ?? expected(what)
    }

    /// One of an enumeration's raw values, e.g. `share_swap` for `Instrument.shareSwap`.
    @inlinable
    package func oneOf<Value: CaseIterable & RawRepresentable>(_ type: Value.Type) -> Value? where Value.RawValue == String {
        // Compared as bytes: making the text a String to look it up costs more than the compares.
        if !isNull, let value = Value.allCases.first(where: { isWritten(as: $0.rawValue) }) { return value }
        let names = Value.allCases.map(\.rawValue)
        return expected("one of \(names.joined(separator: ", "))",
                        hint: scalarText.map { Suggestion.hint(for: $0, among: names) } ?? "")
    }

    // MARK: Collections

    /// The elements of a list, each with its index in the path.
    @usableFromInline
    package func list() -> [NodeReader]? {
        guard kind == .list else { return expected("a list") }
        return tree.items(of: index).map { NodeReader($0, in: context) }
    }

    /// The elements of a list read by `read`, less those that did not read (they have been
    /// reported).
    @inlinable
    package func list<Value>(_ read: (NodeReader) -> Value?) -> [Value]? {
        guard let items = list() else { return nil }
        var values: [Value] = []
        // Room for all of them at once: an array of ten thousand investors would otherwise be
        // copied a dozen times as it grows.
        values.reserveCapacity(items.count)
        for item in items {
            if let value = read(item) { values.append(value) }
        }
        return values
    }

    /// A list that may be left out or written as nothing: empty then.
    package func listOrNothing() -> [NodeReader]? {
        isNull ? [] : list()
    }

    @inlinable
    package func listOrNothing<Value>(_ read: (NodeReader) -> Value?) -> [Value]? {
        isNull ? [] : list(read)
    }

    /// A mapping whose keys are free (ids, names): its entries in order, duplicates reported.
    package func map() -> [Fields.Field]? {
        fields(nil).map { $0.entries }
    }

    /// A mapping with a fixed set of keys: unknown and duplicate keys are reported.
    package func fields(_ known: [String]?) -> Fields? {
        guard kind == .mapping else { return expected("a mapping") }
        return Fields(mapping: self, known: known)
    }
}
