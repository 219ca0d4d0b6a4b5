import ArgumentParser
import BurnrateModel
import BurnrateView

/// Which theme to draw with: shared by the dashboard, snapshots and presentations.
struct ThemeOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "A theme name (see `burnrate themes`) or a theme file. Your own themes live in $XDG_CONFIG_HOME/burnrate/themes. The dashboard starts with the config file's theme, else default.",
        valueName: "name|file"))
    var theme: String?

    /// The themes `t` cycles through, and where in that cycle the chosen one is: `--theme`, else
    /// `configured` (the config file's), else "default". A theme file outside the catalogue
    /// joins the cycle at its start.
    func themes(configured: String? = nil, catalog: ThemeCatalog = UserThemes.catalog()) throws -> (themes: [Theme], index: Int) {
        try Self.themes(named: theme, configured: configured, catalog: catalog)
    }

    /// `themes(configured:catalog:)` with `named` standing for `--theme`.
    static func themes(named: String?, configured: String?, catalog: ThemeCatalog) throws -> (themes: [Theme], index: Int) {
        let chosen = try catalog.chosen(named ?? configured)
        var themes = catalog.entries.map(\.theme)
        if let index = themes.firstIndex(where: { $0.name == chosen.name && $0 == chosen }) {
            return (themes, index)
        }
        themes.insert(chosen, at: 0)
        return (themes, 0)
    }
}
