import BurnrateModel
import BurnrateText

/// The keymap written out: the README's key tables, `burnrate keys` as text and as JSON, and
/// the presentation's keys in a line. Key names from a config file are escaped for a terminal.
public enum KeyTable {
    /// The Markdown the README holds between `<!-- keys: MODE… -->` and `<!-- /keys -->`: one
    /// table per mode, each under its title when there are several.
    public static func markdown(_ modes: [ModeKeymap]) -> String {
        modes.map { mode in
            let rows = mode.bindings.map { binding in
                "| " + binding.keys.map { code(KeyName.name(of: $0)) }.joined(separator: " ") + " | " + code(binding.action.name)
                    + " | " + escapingPipes(binding.help) + " |"
            }
            let title = modes.count > 1 ? ["**\(mode.mode.title)** (`\(mode.mode.name)`)", ""] : []
            return (title + ["| keys | action | what it does |", "|---|---|---|"] + rows).joined(separator: "\n") + "\n"
        }.joined(separator: "\n")
    }

    /// Every mode's keys as aligned columns: key names, action, help.
    public static func text(_ keymap: Keymap) -> String {
        let modes = keymap.all
        let keyWidth = modes.flatMap(\.bindings).map { TextWidth.of(names($0)) }.max() ?? 0
        let actionWidth = KeyAction.allCases.map(\.name.count).max() ?? 0
        return modes.map { mode in
            "\(mode.mode.name): \(mode.mode.title)\n" + mode.bindings.map { binding in
                let keys = names(binding)
                return "  " + keys + String(repeating: " ", count: keyWidth - TextWidth.of(keys) + 2)
                    + binding.action.name + String(repeating: " ", count: actionWidth - binding.action.name.count + 2) + binding.help + "\n"
            }.joined()
        }.joined(separator: "\n")
    }

    /// Every binding as `{"mode", "action", "keys", "help"}`, modes in order.
    public static func json(_ keymap: Keymap) -> JSONValue {
        .array(keymap.all.flatMap { mode in
            mode.bindings.map { binding in
                .object([("mode", .string(mode.mode.name)), ("action", .string(binding.action.name)),
                         ("keys", .array(binding.keys.map { .string(KeyName.name(of: $0)) })), ("help", .string(binding.help))])
            }
        })
    }

    /// A mode's keys in one line, for a command's help: `right space pgdn: next slide; …`.
    public static func line(_ mode: ModeKeymap) -> String {
        mode.bindings.filter { !$0.keys.isEmpty }.map { names($0) + ": " + $0.help }.joined(separator: "; ")
    }

    private static func names(_ binding: KeyBinding) -> String {
        TerminalSafe.escape(binding.keyNames)
    }

    /// Markdown code for a key name, with a longer fence around one holding a backtick.
    private static func code(_ text: String) -> String {
        let escaped = escapingPipes(text)
        return text.contains("`") ? "`` " + escaped + " ``" : "`" + escaped + "`"
    }

    /// A `|` ends a table cell unless escaped.
    private static func escapingPipes(_ text: String) -> String {
        String(text.flatMap { $0 == "|" ? ["\\", "|"] : [$0] })
    }
}
