import ArgumentParser
import BurnrateModel
import BurnrateView

/// Which config file to read: shared by the programs (dashboard, present, notes) and `config`.
struct ConfigOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The config file to read instead of $XDG_CONFIG_HOME/burnrate/config.yaml (or ~/.config/burnrate/config.yaml).",
        valueName: "file"))
    var path: String?

    func load(themes: ThemeCatalog) -> ConfigFile {
        Self.load(path: path, themes: themes)
    }

    static func load(path: String?, themes: ThemeCatalog) -> ConfigFile {
        ConfigFile.load(explicitPath: path, environment: UserThemes.processEnvironment, themes: themes)
    }

    /// The config a program starts with. A config with problems has them written to standard
    /// error, and the program starts with every default; `notice` is then a line for its footer.
    func forProgram(themes: ThemeCatalog) -> (config: Config, notice: String?) {
        Self.forProgram(path: path, themes: themes)
    }

    /// `forProgram(themes:)` with `path` standing for `--config`.
    static func forProgram(path: String?, themes: ThemeCatalog) -> (config: Config, notice: String?) {
        let file = load(path: path, themes: themes)
        guard let problems = file.problems else { return (file.config, nil) }
        StandardError.write(problems.description)
        return (.defaults, "the config has problems, so none of it is used: burnrate config check")
    }
}
