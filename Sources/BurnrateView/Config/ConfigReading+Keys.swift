import BurnrateModel
import BurnrateYAML

/// `keys:`, each action's new keys: read, then applied to the built-in map, whose problems (a key
/// given to two actions that share a mode) are reported where the keys were written.
extension ConfigReading {
    /// An action as the file gives it: its value, and its keys each with the node it was written at.
    struct Given {
        let action: KeyAction
        let value: NodeReader
        let keys: [(key: Key, reader: NodeReader)]
    }

    static let expectedKeys = "a key or a list of keys, such as q or [q, ctrl-c]"

    func keys(_ reader: NodeReader) -> Rebound? {
        guard reader.kind == .mapping else { return reader.expected("a mapping of actions to keys, such as {quit: [q, ctrl-c]}") }
        guard let entries = reader.map() else { return nil }
        var given: [Given] = []
        var complete = true
        for entry in entries {
            guard let action = KeyAction(rawValue: entry.key) else {
                let hint = Suggestion.hint(for: entry.key, among: KeyAction.allCases.map(\.name))
                entry.keyReader.report("unknown action \(entry.keyReader.described)" + (hint.isEmpty ? "; burnrate keys lists them" : hint))
                complete = false
                continue
            }
            guard let keys = keyList(entry.value) else {
                complete = false
                continue
            }
            given.append(Given(action: action, value: entry.value, keys: keys))
        }
        // The actions that read are checked against each other even when others did not: leaving
        // an action out keeps its built-in keys, which can take no problem away and add none.
        do {
            let rebound = try keymap.rebinding(Dictionary(uniqueKeysWithValues: given.map { ($0.action, $0.keys.map(\.key)) }))
            return complete ? rebound : nil
        } catch {
            report(error, given: given)
            return nil
        }
    }

    /// One key or a list of them, each with its node; nil when one of them was reported.
    func keyList(_ reader: NodeReader) -> [(key: Key, reader: NodeReader)]? {
        let items: [NodeReader]
        switch reader.kind {
        case .list: items = reader.list() ?? []
        case .plainScalar, .quotedScalar: items = reader.isNull ? [] : [reader]
        case .mapping: return reader.expected(Self.expectedKeys)
        }
        let keys = items.map { item in key(item).map { (key: $0, reader: item) } }
        return keys.contains { $0 == nil } ? nil : keys.compactMap { $0 }
    }

    /// A key written as `burnrate keys` shows it: `q`, `ctrl-c`, `tab`, `shift-tab`, `f5`, `pgdn`.
    func key(_ reader: NodeReader) -> Key? {
        guard reader.kind.isScalar, let text = reader.scalarText else { return reader.expected("a key name, such as q, ctrl-c or f5") }
        do {
            return try KeyName.key(named: text)
        } catch {
            let hint = if case .unknown = error, text.count > 1 { Suggestion.hint(for: text, among: KeyName.suggested) } else { "" }
            reader.report(error.description + hint)
            return nil
        }
    }

    /// The rebinding's problems, each at the keys that caused it: a key given to two actions at
    /// the later of the two, once for all the modes where they meet.
    private func report(_ error: KeymapError, given: [Given]) {
        var conflicts: [(key: Key, actions: [KeyAction], modes: [KeyMode])] = []
        for problem in error.problems {
            switch problem {
            case .noKeys(let action):
                given.first { $0.action == action }?.value.report("expected at least one key, found none")
            case .tooManyKeys(let action):
                let tooMany = given.first { $0.action == action }
                tooMany?.value.report("expected at most \(Keymap.maximumKeysPerAction) keys, found \(tooMany?.keys.count ?? 0)")
            case .conflict(let mode, let key, let actions):
                if let index = conflicts.firstIndex(where: { $0.key == key && $0.actions == actions }) {
                    conflicts[index].modes.append(mode)
                } else {
                    conflicts.append((key, actions, [mode]))
                }
            }
        }
        for conflict in conflicts {
            let later = given.last { conflict.actions.contains($0.action) }
            let node = later?.keys.first { $0.key == conflict.key }?.reader
            let actions = (conflict.actions.count == 2 ? "both " : "") + Self.listed(conflict.actions.map(\.name))
            node?.report("\(KeyName.name(of: conflict.key)) is bound to \(actions) in the \(Self.listed(conflict.modes.map(\.name))) keys")
        }
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ names: [String]) -> String {
        names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension KeyName {
    /// Names a misspelt key is compared with for "did you mean".
    static let suggested = named.map(\.name) + "abcdefghijklmnopqrstuvwxyz".map { "ctrl-\($0)" } + (1...12).map { "f\($0)" }
}
