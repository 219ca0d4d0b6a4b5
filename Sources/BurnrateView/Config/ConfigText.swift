import BurnrateModel
import BurnrateText
import BurnrateYAML

/// The effective config as YAML with comments, as `burnrate config show` prints it: every field
/// with the value in use, so that a user can copy it as a starting point and read it back as is.
public enum ConfigText {
    /// `origin` says where the values come from, one comment line (a path in it is escaped here).
    public static func render(_ config: Config, origin: String) -> String {
        var lines = [
            "# burnrate's config (burnrate config show)",
            "# " + TerminalSafe.escape(origin),
            "# A field left out keeps its default.",
            "",
            "# The theme the dashboard, presentations and speaker notes start with (burnrate themes",
            "# lists them). --theme wins over it, and so does a deck's own theme.",
            "theme: " + TerminalSafe.escape(YAMLScalar.string(config.theme ?? ThemeCatalog.builtInNames[0])),
            "",
            "# Layout presets L cycles through after the built-in ones (default, risk focus, briefing;",
            "# one of those names replaces it): rows of panels (\(LayoutPreset.Cell.allCases.map(\.rawValue).joined(separator: ", "))),",
            "# each row's height a share by its weight in sizes. --layout NAME starts in one.",
        ]
        lines += config.layouts.isEmpty
            ? ["layouts: {}", "#  mine: {rows: [[risk, simulation], [investors, capacity]], sizes: [2, 1]}"]
            : ["layouts:"] + config.layouts.map(layoutLine)
        lines += [""] + alertLines(config.alerts) + [
            "# Each action's keys (burnrate keys says what each does): a key or a list of keys, named",
            "# as help shows them. Keys given to an action replace its keys in every mode that has it;",
            "# a key it takes from another action there no longer does that action.",
            "keys:",
        ]
        lines += KeyAction.allCases.flatMap { keyLines($0, in: config.keymap) }
        if !config.taken.isEmpty {
            lines += ["", "# Keys given to other actions than they had:"] + config.taken.map { "#   \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `  action: keys`, or, for an action whose keys differ by mode (so that giving it one set
    /// would change some), the same line commented under each mode's keys.
    static func keyLines(_ action: KeyAction, in keymap: Keymap) -> [String] {
        let modes = keymap.all.filter { $0.binding(action) != nil }
        guard let shown = modes.first(where: { !$0.mode.takesText }) ?? modes.first else { return [] }
        let keys = shown.keys(action)
        let line = "\(action.name): " + (keys.count == 1 ? name(keys[0]) : "[" + keys.map(name).joined(separator: ", ") + "]")
        if !keys.isEmpty, (try? keymap.rebinding([action: keys]))?.keymap == keymap { return ["  " + line] }
        var groups: [(keys: String, modes: [String])] = []
        for mode in modes {
            let names = mode.keys(action).map(KeyName.name(of:)).joined(separator: " ")
            if let index = groups.firstIndex(where: { $0.keys == names }) {
                groups[index].modes.append(mode.mode.name)
            } else {
                groups.append((names, [mode.mode.name]))
            }
        }
        let byMode = groups.map { "\($0.modes.joined(separator: ", ")): \($0.keys.isEmpty ? "none" : $0.keys)" }
        return ["  # \(action.name) differs by mode (\(byMode.joined(separator: "; ")))", "  # " + line]
    }

    static func layoutLine(_ preset: LayoutPreset) -> String {
        let rows = (preset.rows ?? []).map { "[" + $0.map(\.rawValue).joined(separator: ", ") + "]" }.joined(separator: ", ")
        let sizes = preset.sizes.map(String.init).joined(separator: ", ")
        return "  " + TerminalSafe.escape(YAMLScalar.string(preset.name)) + ": {rows: [\(rows)], sizes: [\(sizes)]}"
    }

    /// `alerts:`, with the command commented out when there is none. The command is a block
    /// list, where an argument holding a comma needs no quotes.
    static func alertLines(_ alerts: AlertSettings) -> [String] {
        let command = alerts.command.isEmpty ? ["  # command: [notify-send, burnrate]"]
            : ["  command:"] + alerts.command.map { "    - " + TerminalSafe.escape(YAMLScalar.string($0)) }
        return [
            "# When an indicator crosses a threshold: a banner, a line in alerts.log (under",
            "# $XDG_STATE_HOME/burnrate), the bell if asked, and a command if given (no shell; the",
            "# alert as JSON on its standard input; killed after 5 s).",
            "alerts:",
            "  bell: \(alerts.bell)",
        ] + command + [""]
    }

    private static func name(_ key: Key) -> String {
        YAMLScalar.string(KeyName.name(of: key))
    }
}
