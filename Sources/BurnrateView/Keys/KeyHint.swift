/// A hint in a footer: the first key of each of some neighbouring bindings that share a word,
/// and the word (`↑↓ select`).
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
    /// A mode's footer hints, in the order of its bindings; a binding left without keys has none.
    /// Made once with the mode (`hints`): a footer is drawn every frame.
    static func footerHints(_ bindings: [KeyBinding]) -> [KeyHint] {
        var groups: [(label: String, bindings: [KeyBinding])] = []
        for binding in bindings where !binding.keys.isEmpty {
            guard let label = binding.footer else { continue }
            if let last = groups.last, last.label == label {
                groups[groups.count - 1].bindings.append(binding)
            } else {
                groups.append((label, [binding]))
            }
        }
        return groups.map { label, bindings in
            KeyHint(keys: KeyName.labels(bindings.map { $0.keys[0] }, separator: " "), label: label, actions: bindings.map(\.action))
        }
    }

    /// "KEYS label" for each group of actions that all have a key: `[([.previousRow, .nextRow], "pick")]`
    /// is `["↑↓ pick"]`.
    func hints(_ parts: [([KeyAction], String)]) -> [String] {
        parts.compactMap { actions, label in hintKeys(actions, alternatives: true).map { $0 + " " + label } }
    }

    /// The first key of each action (`←→`, `y/n`), and with `alternatives` " or " the first
    /// other key of each that is neither a letter nor a digit, when they all have one (`←→ or -/+`);
    /// nil when an action has no key here.
    func hintKeys(_ actions: [KeyAction], alternatives: Bool) -> String? {
        let keys = actions.map { self.keys($0) }
        guard !keys.contains(where: \.isEmpty) else { return nil }
        let first = KeyName.labels(keys.map { $0[0] }, separator: "/")
        let others = keys.compactMap { keys in
            keys.dropFirst().first { if case .character(let character) = $0 { !character.isLetter && !character.isNumber } else { false } }
        }
        guard alternatives, others.count == actions.count else { return first }
        return first + " or " + KeyName.labels(others, separator: "/")
    }

    /// The labels of the keys bound to `action`, or nil when it has none: `Esc`, `q Ctrl-C`.
    func keyLabels(_ action: KeyAction) -> String? {
        let keys = self.keys(action)
        return keys.isEmpty ? nil : keys.map(KeyName.label(of:)).joined(separator: " ")
    }
}
