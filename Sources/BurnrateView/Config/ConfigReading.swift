import BurnrateModel
import BurnrateYAML

/// One pass over a config file: reads it into a `Config`, reporting every problem at its node.
struct ConfigReading {
    static let rootKeys = ["theme", "keys", "layouts", "alerts"]

    let themes: ThemeCatalog
    /// The map `keys:` rebinds.
    let keymap: Keymap

    /// The config, or nil when anything was reported.
    func config(_ root: NodeReader) -> Config? {
        guard root.kind == .mapping else { return root.expected("a mapping of config keys (\(Self.rootKeys.joined(separator: ", ")))") }
        guard let fields = root.fields(Self.rootKeys) else { return nil }
        let theme = fields.optional("theme", theme)
        let rebound = fields.optional("keys", keys) ?? Rebound(keymap: keymap, taken: [])
        let layouts = fields.optional("layouts", layouts) ?? []
        let alerts = fields.optional("alerts", alerts) ?? AlertSettings()
        return root.collector.isEmpty
            ? Config(theme: theme, keymap: rebound.keymap, taken: rebound.taken, layouts: layouts, alerts: alerts) : nil
    }

    /// A theme by the name the catalogue knows it by: a built-in theme or a file in the user's themes/.
    func theme(_ reader: NodeReader) -> String? {
        let expected = "a theme name (burnrate themes lists them)"
        guard let name = reader.scalarText else { return reader.expected(expected) }
        if themes.entry(named: name) != nil { return name }
        if themes.problems[name] != nil {
            return reader.expected("a theme that loads", hint: " (its file has problems: burnrate themes lists them)")
        }
        return reader.expected(expected, hint: Suggestion.hint(for: name, among: themes.names))
    }
}
