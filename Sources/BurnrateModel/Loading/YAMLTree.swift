#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A YAML document as one array of nodes in the order they are written, each collection followed
/// by its items (and theirs), and the text of every scalar in one array of bytes. A scenario of
/// ten thousand investors holds some 340,000 values: as a tree of Strings and arrays, each of
/// them would be allocated, copied and released on the way.
final class YAMLTree: Sendable {
    static let root: Int32 = 0

    let nodes: [YAMLNode]
    let text: [UInt8]

    init(nodes: [YAMLNode], text: [UInt8]) {
        self.nodes = nodes
        self.text = text
    }

    subscript(_ index: Int32) -> YAMLNode {
        nodes[Int(index)]
    }

    /// A scalar's text, `~` and `null` included; nil for a collection.
    func scalarText(_ index: Int32) -> String? {
        guard self[index].kind.isScalar else { return nil }
        return withScalarBytes(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// A scalar's bytes; none for a collection.
    func withScalarBytes<Result>(_ index: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let node = self[index]
        let range = node.kind.isScalar ? Int(node.contents.lowerBound)..<Int(node.contents.upperBound) : 0..<0
        return text.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The first key of `mapping` written as `name`, not counting keys that are not text.
    func firstKey(in mapping: Int32, named name: String) -> Int32? {
        // Asked a dozen times of each of a scenario's objects: a plain walk over the nodes,
        // comparing lengths, and bytes only when the lengths agree.
        let length = name.utf8.count
        let pairs = self[mapping].contents
        return nodes.withUnsafeBufferPointer { nodes in
            var key = pairs.lowerBound
            while key < pairs.upperBound {
                let node = nodes[Int(key)]
                if node.kind.isScalar, node.contents.count == length, !node.isNull, isScalar(key, writtenAs: name) {
                    return key
                }
                let value = node.end(at: key)
                key = nodes[Int(value)].end(at: value)
            }
            return nil
        }
    }

    /// Where among `names` is the one a scalar is written as.
    func index(of scalar: Int32, among names: [String]) -> Int? {
        let length = self[scalar].contents.count
        // By length first: a key is compared with a dozen names, nearly all of another length.
        return names.firstIndex { $0.utf8.count == length && isScalar(scalar, writtenAs: $0) }
    }

    private func isScalar(_ index: Int32, writtenAs name: String) -> Bool {
        guard self[index].kind.isScalar else { return false }
        var name = name
        return name.withUTF8 { name in
            withScalarBytes(index) { $0.count == name.count && (name.isEmpty || memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0) }
        }
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
