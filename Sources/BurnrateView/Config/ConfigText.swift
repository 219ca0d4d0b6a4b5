import BurnrateModel
import BurnrateText

/// The effective config as YAML with comments, as `burnrate config show` prints it: every field
/// with the value in use, so that a user can copy it as a starting point.
public enum ConfigText {
    /// `origin` says where the values come from, one comment line (a path in it is escaped here).
    public static func render(_ config: Config, origin: String) -> String {
        let theme = config.theme ?? ThemeCatalog.builtInNames[0]
        return """
            # burnrate's config (burnrate config show)
            # \(TerminalSafe.escape(origin))
            # A field left out keeps its default.

            # The theme the dashboard, presentations and speaker notes start with (burnrate themes
            # lists them). --theme wins over it, and so does a deck's own theme.
            theme: \(TerminalSafe.escape(theme))

            """
    }
}
