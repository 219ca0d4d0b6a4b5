/// The source, basis and confidentiality a figure takes when it does not name its own: those of the nearest
/// enclosing object that names them (round → investor → tranche).
struct Provenance {
    var source: String?
    /// True when a `source:` was given but did not read: that has been reported, and the
    /// figures it was to cover are not reported again as lacking one.
    var isSourceReported = false
    var basis: Basis = .reported
    var confidential = false

    static let keys = ["source", "basis", "confidential"]
}
