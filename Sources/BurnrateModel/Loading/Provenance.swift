/// The source and basis a figure takes when it does not name its own: those of the nearest
/// enclosing object that names them (round → investor → tranche).
struct Provenance {
    var source: String?
    var basis: Basis = .reported

    static let keys = ["source", "basis"]
}
