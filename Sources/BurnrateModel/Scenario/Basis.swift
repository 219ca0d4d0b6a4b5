/// Whether a figure was reported by a source, assumed by the scenario's author, or derived.
public enum Basis: String, Sendable, Hashable, CaseIterable {
    case reported
    case assumption
    case derived
}
