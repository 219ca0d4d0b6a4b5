/// One value of a `YAMLTree` and where it starts, for diagnostics that point at it.
@usableFromInline
package struct YAMLNode: Sendable {
    @usableFromInline var kind: YAMLKind
    /// True for an empty plain value, `~` and `null`: YAML's way of writing nothing. Asked of
    /// nearly every value, so worked out once.
    @usableFromInline var isNull: Bool
    /// 1-based.
    @usableFromInline var line: Int32
    /// 1-based, counted in Unicode scalars as libyaml does.
    @usableFromInline var column: Int32
    /// The list or mapping holding this value; -1 for the root. Only a diagnostic's path looks upward.
    var parent: Int32
    /// A scalar's bytes in the tree's `text`; a collection's items, and theirs, in the tree's
    /// `nodes`, where they follow it.
    @usableFromInline var contents: Range<Int32>

    /// Where the node at `index` and its items end: the index of the node after them.
    func end(at index: Int32) -> Int32 {
        kind.isScalar ? index + 1 : contents.upperBound
    }

    /// Whether a plain scalar written as `bytes` is nothing.
    static func isNull(plain bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch bytes.count {
        case 0: true
        case 1: bytes[0] == UInt8(ascii: "~")
        // The first byte first: nearly every four-byte value (`cash`, `2026`) is something.
        case 4: (bytes[0] == UInt8(ascii: "n") || bytes[0] == UInt8(ascii: "N"))
            && (bytes.elementsEqual("null".utf8) || bytes.elementsEqual("Null".utf8) || bytes.elementsEqual("NULL".utf8))
        default: false
        }
    }

    /// At most 40 characters, double-quoted and escaped as YAML would write it.
    package static func quoted(_ text: String) -> String {
        let limit = 40
        return YAMLScalar.quoted(text.count > limit ? String(text.prefix(limit)) + "…" : text)
    }
}
