/// A row of the help overlay for bindings listed together: their keys side by side
/// (`[ ]`, `Tab / Shift-Tab`, `↑ ↓  k j`) and one text. The text may name keys of other modes
/// as `{MODE ACTION…}`, filled in from the keymap as `ModeKeymap.hintKeys` writes them, with a
/// last word `or` for their other keys too (`{what-if decrease increase or}` is `←→ or -/+`).
public struct HelpRow: Hashable, Sendable {
    public let text: String
    /// Between the keys of one binding and the next.
    public let between: String

    public init(_ text: String, between: String = " ") {
        self.text = text
        self.between = between
    }
}

extension Keymap {
    /// The help overlay's rows for a mode: the keys (the first of each binding of the row, then
    /// the second of each, and so on) and the text with its keys filled in.
    func helpRows(_ mode: KeyMode) -> [(keys: String, text: String)] {
        var groups: [(row: HelpRow?, bindings: [KeyBinding])] = []
        for binding in self[mode].bindings where !binding.keys.isEmpty {
            if let row = binding.row, let last = groups.last, last.row == row {
                groups[groups.count - 1].bindings.append(binding)
            } else {
                groups.append((binding.row, [binding]))
            }
        }
        return groups.map { row, bindings in
            let depth = bindings.map(\.keys.count).max() ?? 0
            let keys = (0..<depth).map { position in
                bindings.compactMap { $0.keys.count > position ? KeyName.label(of: $0.keys[position]) : nil }
                    .joined(separator: row?.between ?? " ")
            }.joined(separator: "  ")
            return (keys, row.map { filling($0.text) } ?? bindings[0].help)
        }
    }

    /// The text with each `{MODE ACTION… [or]}` replaced by those actions' keys in that mode.
    func filling(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            var words = rest[rest.index(after: open)..<close].split(separator: " ").map(String.init)
            let alternatives = words.last == "or"
            if alternatives { words.removeLast() }
            let actions = words.dropFirst().compactMap(KeyAction.init(rawValue:))
            if let mode = words.first.flatMap(KeyMode.init(rawValue:)), actions.count == words.count - 1,
               let keys = self[mode].hintKeys(actions, alternatives: alternatives) {
                result += keys
            } else {
                result += actions.map(\.name).joined(separator: "/")
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
