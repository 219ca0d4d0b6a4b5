import BurnrateYAML

/// The kinds of file burnrate reads, told apart by keys only one of them has, so that a file
/// given where another kind belongs is reported as that, once, rather than by every key it
/// therefore lacks.
public enum FileKind: String, CaseIterable, Sendable {
    case scenario
    case deck
    case theme

    /// Top-level keys no other kind has.
    private var markers: [String] {
        switch self {
        case .scenario: ["round", "financials", "contracts", "horizon"]
        case .deck: ["slides"]
        case .theme: ["colors"]
        }
    }

    private var checkCommand: String {
        switch self {
        case .scenario: "burnrate check FILE"
        case .deck: "burnrate deck check FILE"
        case .theme: "burnrate themes --check FILE"
        }
    }

    /// Reports at `root` and returns true when it is a mapping holding another kind's keys and
    /// none of this kind's.
    package func reportsOtherKind(at root: NodeReader) -> Bool {
        guard root.kind == .mapping, !holdsMarker(root),
              let other = Self.allCases.first(where: { $0 != self && $0.holdsMarker(root) }),
              let marker = other.markers.first(where: { root.hasKey($0) })
        else { return false }
        root.report("expected a \(rawValue) file, found a \(other.rawValue) (it has \(YAMLNode.quoted(marker + ":"))); check a \(other.rawValue) with \(other.checkCommand)")
        return true
    }

    private func holdsMarker(_ root: NodeReader) -> Bool {
        markers.contains { root.hasKey($0) }
    }
}
