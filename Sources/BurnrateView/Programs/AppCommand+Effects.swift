extension AppCommand {
    /// The command as the runner's effects; `save` becomes what `saving` makes of it (only the
    /// dashboard saves).
    func effects<Event>(saving: (_ path: String, _ text: String, _ overwrite: Bool) -> Effect<Event>? = { _, _, _ in nil })
        -> [Effect<Event>] {
        switch self {
        case .none: []
        case .quit: [.quit]
        case .redrawAll: [.redrawAll]
        case .save(let path, let text, let overwrite): saving(path, text, overwrite).map { [$0] } ?? []
        }
    }
}
