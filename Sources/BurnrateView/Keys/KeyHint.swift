/// A hint in a footer: the first key of each of some neighbouring bindings that share a word,
/// and the word (`up/down select`).
struct KeyHint: Equatable {
    let keys: String
    let label: String
    let actions: [KeyAction]

    init(keys: String, label: String, actions: [KeyAction] = []) {
        self.keys = keys
        self.label = label
        self.actions = actions
    }
}

extension ModeKeymap {
    /// The mode's footer hints, in the order of its bindings; a binding left without keys has none.
    var hints: [KeyHint] {
        var hints: [KeyHint] = []
        for binding in bindings {
            guard let label = binding.footer, let key = binding.keys.first else { continue }
            let name = KeyName.name(of: key)
            if let last = hints.last, last.label == label {
                hints[hints.count - 1] = KeyHint(keys: last.keys + "/" + name, label: label, actions: last.actions + [binding.action])
            } else {
                hints.append(KeyHint(keys: name, label: label, actions: [binding.action]))
            }
        }
        return hints
    }

    /// "KEY label" for each group of actions that all have a key, the first key of each:
    /// `[([.previousRow, .nextRow], "pick")]` is `["up/down pick"]`.
    func hints(_ parts: [([KeyAction], String)]) -> [String] {
        parts.compactMap { actions, label in
            let names = actions.compactMap { keys($0).first.map(KeyName.name(of:)) }
            return names.count == actions.count ? names.joined(separator: "/") + " " + label : nil
        }
    }

    /// The names of the keys bound to `action`, or nil when it has none: `esc`, `q ctrl-c`.
    func keyNames(_ action: KeyAction) -> String? {
        binding(action).flatMap { $0.keys.isEmpty ? nil : $0.keyNames }
    }
}
