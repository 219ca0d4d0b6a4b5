/// Every mode's bindings: what the update functions dispatch keys from, and what help, the
/// footer, `burnrate keys` and the README's key tables are made from. `defaults` is the built-in
/// map; `rebinding` applies a user's choice of keys.
public struct Keymap: Sendable, Equatable {
    private let modes: [KeyMode: ModeKeymap]

    /// At most this many keys for one action: a config file's list is bounded.
    public static let maximumKeysPerAction = 8

    init(_ modes: [ModeKeymap]) {
        self.modes = Dictionary(uniqueKeysWithValues: modes.map { ($0.mode, $0) })
    }

    public subscript(mode: KeyMode) -> ModeKeymap {
        modes[mode] ?? ModeKeymap(mode, [])
    }

    /// Every mode's bindings, modes in `KeyMode` order.
    public var all: [ModeKeymap] { KeyMode.allCases.map { self[$0] } }

    /// The map with each given action bound to the given keys instead, in every mode where it
    /// has a binding. A key given to an action is taken from the built-in action it belonged
    /// to in that mode (binding `quit` to `x` takes `x` from the what-if panel's remove-preset);
    /// `Rebound.taken` lists those. Throws every problem at once: an action given no keys or
    /// too many, and a key given to two actions that share a mode. Printable characters stay
    /// text in the modes that type (a prompt), so binding `quit` to `x` leaves the palette's
    /// `x` a letter; an action given only such keys keeps its built-in ones there (`back: x`
    /// leaves Esc closing the palette).
    public func rebinding(_ overrides: [KeyAction: [Key]]) throws(KeymapError) -> Rebound {
        var problems: [KeymapProblem] = []
        for action in KeyAction.allCases {
            guard let keys = overrides[action] else { continue }
            if keys.isEmpty { problems.append(.noKeys(action)) }
            if keys.count > Self.maximumKeysPerAction { problems.append(.tooManyKeys(action)) }
        }
        var taken: [KeyTaken] = []
        let rebound = Keymap(all.map { mode in
            let claimed = ModeKeymap(mode.mode, mode.bindings.compactMap { binding in
                overrides[binding.action].map { KeyBinding(binding.action, $0, binding.help) }
            })
            problems += claimed.conflicts.map { KeymapProblem.conflict(mode: mode.mode, key: $0.key, actions: $0.actions) }
            return ModeKeymap(mode.mode, mode.bindings.map { binding in
                var changed = binding
                if let keys = overrides[binding.action] {
                    // Keys that are all text would leave a prompt without its Enter or Esc.
                    let typesAll = mode.mode.takesText && keys.allSatisfy { if case .character = $0 { true } else { false } }
                    changed.keys = typesAll ? binding.keys : keys
                } else {
                    changed.keys = binding.keys.filter { key in
                        guard let owner = claimed.action(for: key) else { return true }
                        taken.append(KeyTaken(mode: mode.mode, key: key, from: binding.action, by: owner))
                        return false
                    }
                }
                return changed
            })
        })
        guard problems.isEmpty else { throw KeymapError(problems: problems) }
        return Rebound(keymap: rebound, taken: taken)
    }
}

/// A rebound map, and the built-in keys it took from other actions.
public struct Rebound: Sendable, Equatable {
    public let keymap: Keymap
    public let taken: [KeyTaken]
}

/// A key a rebinding gave to `by`, which `from` had in `mode` before.
public struct KeyTaken: Sendable, Equatable, CustomStringConvertible {
    public let mode: KeyMode
    public let key: Key
    public let from: KeyAction
    public let by: KeyAction

    public var description: String {
        "\(KeyName.name(of: key)) now does \(by.name) in the \(mode.name) keys, no longer \(from.name)"
    }
}

/// Why a rebinding was refused: every problem found.
public struct KeymapError: Error, Equatable, CustomStringConvertible {
    public var problems: [KeymapProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

public enum KeymapProblem: Equatable, Sendable, CustomStringConvertible {
    case noKeys(KeyAction)
    case tooManyKeys(KeyAction)
    /// A key bound to two or more actions in one mode, the actions in the mode's order.
    case conflict(mode: KeyMode, key: Key, actions: [KeyAction])

    public var description: String {
        switch self {
        case .noKeys(let action):
            "\(action.name): expected at least one key"
        case .tooManyKeys(let action):
            "\(action.name): expected at most \(Keymap.maximumKeysPerAction) keys"
        case .conflict(let mode, let key, let actions):
            "\(KeyName.name(of: key)) is bound to both " + actions.map(\.name).joined(separator: " and ")
                + " in the \(mode.name) keys"
        }
    }
}
