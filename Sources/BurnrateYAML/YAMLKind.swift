/// What a YAML value is written as.
@usableFromInline
package enum YAMLKind: UInt8, Sendable {
    /// Written bare: `null` is nothing and `12` may be a number.
    case plainScalar
    /// Quoted, or a block (`|`, `>`): always text, `"null"` included.
    case quotedScalar
    case list
    case mapping

    @inlinable
    package var isScalar: Bool { self == .plainScalar || self == .quotedScalar }
}
