/// The bindings of one mode, and the key-to-action table built from them once, so that a key
/// press is one dictionary lookup.
public struct ModeKeymap: Sendable, Equatable {
    public let mode: KeyMode
    public let bindings: [KeyBinding]
    private let actions: [Key: KeyAction]
    /// The footer's hints (`footerHints`).
    let hints: [KeyHint]

    /// A mode that takes text drops printable characters from its bindings: they are typed.
    /// A key bound twice keeps its first action; `Keymap.rebinding` reports it before that.
    init(_ mode: KeyMode, _ bindings: [KeyBinding]) {
        self.mode = mode
        self.bindings = bindings.map { binding in
            var kept = binding
            var seen: Set<Key> = []
            kept.keys = binding.keys.filter { key in
                if mode.takesText, case .character = key { return false }
                return seen.insert(key).inserted
            }
            return kept
        }
        var actions: [Key: KeyAction] = [:]
        for binding in self.bindings {
            for key in binding.keys where actions[key] == nil { actions[key] = binding.action }
        }
        self.actions = actions
        hints = Self.footerHints(self.bindings)
    }

    public func action(for key: Key) -> KeyAction? { actions[key] }

    public func binding(_ action: KeyAction) -> KeyBinding? { bindings.first { $0.action == action } }

    /// The keys bound to `action` here, empty when it has none.
    public func keys(_ action: KeyAction) -> [Key] { binding(action)?.keys ?? [] }

    /// Keys bound to more than one action, with those actions in the order bound.
    var conflicts: [(key: Key, actions: [KeyAction])] {
        var order: [Key] = []
        var byKey: [Key: [KeyAction]] = [:]
        for binding in bindings {
            for key in binding.keys {
                if byKey[key] == nil { order.append(key) }
                byKey[key, default: []].append(binding.action)
            }
        }
        return order.compactMap { key in byKey[key].flatMap { $0.count > 1 ? (key, $0) : nil } }
    }

    public static func == (lhs: ModeKeymap, rhs: ModeKeymap) -> Bool {
        lhs.mode == rhs.mode && lhs.bindings == rhs.bindings
    }
}
