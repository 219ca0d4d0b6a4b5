/// A YAML document as one array of nodes in the order they are written, each collection followed
/// by its items (and theirs), and the text of every scalar in one array of bytes. A scenario of
/// ten thousand investors holds some 340,000 values: as a tree of Strings and arrays, each of
/// them would be allocated, copied and released on the way.
@usableFromInline
final class YAMLTree: Sendable {
    static let root: Int32 = 0

    @usableFromInline let nodes: [YAMLNode]
    @usableFromInline let text: [UInt8]

    init(nodes: [YAMLNode], text: [UInt8]) {
        self.nodes = nodes
        self.text = text
    }

    @inlinable
    subscript(_ index: Int32) -> YAMLNode {
        nodes[Int(index)]
    }

    /// A scalar's text, `~` and `null` included; nil for a collection.
    @inlinable
    func scalarText(_ index: Int32) -> String? {
        guard self[index].kind.isScalar else { return nil }
        return withScalarBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// A scalar's bytes; none for a collection.
    @inlinable
    func withScalarBytes<Result>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = self[index]
        return text.withUnsafeBufferPointer { text in
            body(node.kind.isScalar ? Self.bytes(of: node, in: text) : UnsafeBufferPointer(rebasing: text[0..<0]))
        }
    }

    /// The first key of `mapping` written as `name`, not counting keys that are not text.
    func firstKey(in mapping: Int32, named name: String) -> Int32? {
        var name = name
        return name.withUTF8 { name in
            nodes.withUnsafeBufferPointer { nodes in
                text.withUnsafeBufferPointer { text in
                    let pairs = nodes[Int(mapping)].contents
                    var key = pairs.lowerBound
                    while key < pairs.upperBound {
                        let node = nodes[Int(key)]
                        if node.kind.isScalar, !node.isNull, Self.equal(Self.bytes(of: node, in: text), name) { return key }
                        let value = node.end(at: key)
                        key = nodes[Int(value)].end(at: value)
                    }
                    return nil
                }
            }
        }
    }

    /// Where among `names` is the one a scalar is written as, looking from `start` on and then
    /// from the beginning: keys are mostly written in the order of the names they are one of,
    /// so that a look from just after the previous key's place finds the next one at once.
    func index(of scalar: Int32, among names: [String], from start: Int) -> Int? {
        withScalarBytes(scalar) { bytes in
            // By length first: a key is compared with a dozen names, nearly all of another length.
            func isWritten(_ index: Int) -> Bool {
                var name = names[index]
                return name.utf8.count == bytes.count && name.withUTF8 { Self.equal($0, bytes) }
            }
            let start = min(start, names.count)
            return (start..<names.count).first(where: isWritten) ?? (0..<start).first(where: isWritten)
        }
    }

    /// True for a scalar written as `text`.
    @inlinable
    func isScalar(_ index: Int32, writtenAs text: String) -> Bool {
        var text = text
        return self[index].kind.isScalar && text.withUTF8 { text in withScalarBytes(index) { Self.equal($0, text) } }
    }

    @inlinable
    static func bytes(of node: YAMLNode, in text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[Int(node.contents.lowerBound)..<Int(node.contents.upperBound)])
    }

    /// Byte by byte, the first one first: keys are a few bytes long, too short for memcmp to
    /// pay for its call, and keys of the same length mostly differ in their first byte.
    @inlinable
    static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for offset in 0..<lhs.count where lhs[offset] != rhs[offset] { return false }
        return true
    }

    /// The items of a list, or the keys and values of a mapping alternating.
    func items(of index: Int32) -> Items {
        let node = self[index]
        return node.kind.isScalar ? Items(tree: self, upcoming: 0, end: 0)
                                   : Items(tree: self, upcoming: node.contents.lowerBound, end: node.contents.upperBound)
    }

    struct Items: Sequence, IteratorProtocol {
        fileprivate let tree: YAMLTree
        fileprivate var upcoming: Int32
        fileprivate let end: Int32

        mutating func next() -> Int32? {
            guard upcoming < end else { return nil }
            let item = upcoming
            upcoming = tree[item].end(at: item)
            return item
        }
    }
}
