import BurnrateModel

extension Level {
    /// The theme role a figure at this level is drawn in.
    var role: Role {
        switch self {
        case .ok: .ok
        case .watch: .watch
        case .alert: .alert
        }
    }
}
