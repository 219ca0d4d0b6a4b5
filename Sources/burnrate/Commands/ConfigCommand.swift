import ArgumentParser
import BurnrateModel
import BurnrateText
import BurnrateView

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the config file, or print the config in use.",
        discussion: """
            burnrate reads $XDG_CONFIG_HOME/burnrate/config.yaml (or ~/.config/burnrate/config.yaml) \
            when the dashboard, a presentation or the speaker notes start: the theme they start \
            with and the keys of each action. No file means the defaults. A file with problems \
            is not used at all: its problems go to standard error and the program starts with \
            the defaults.
            """,
        subcommands: [Check.self, Show.self],
        defaultSubcommand: Show.self
    )

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate the config file.",
            discussion: """
                Reports every problem in the file at once, one per line, as \
                FILE:LINE:COLUMN: path.to.field: what was expected, what was found, or prints \
                FILE: ok. Exits 0 when the file is valid or there is none, 1 otherwise.
                """
        )

        @OptionGroup var options: ConfigOptions

        func run() throws {
            let file = options.load(themes: UserThemes.catalog())
            if let problems = file.problems {
                StandardError.write(problems.description)
                throw ExitCode(1)
            }
            print(TerminalSafe.escape(file.exists ? "\(file.path ?? ""): ok" : ConfigCommand.noFile(file)))
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the config in use as YAML with comments, to start a config file from.",
            discussion: """
                Every field with the value the programs would use: the file's where it sets one, \
                the default where it does not. A file with problems is reported on standard \
                error, the defaults are printed, and the exit status is 1.
                """
        )

        @OptionGroup var options: ConfigOptions

        func run() throws {
            let file = options.load(themes: UserThemes.catalog())
            let origin = switch (file.problems, file.exists) {
            case (.some, _): "\(file.path ?? "The config") has problems (burnrate config check), so these are the defaults."
            case (nil, true): "Read from \(file.path ?? "")."
            case (nil, false): ConfigCommand.noFile(file)
            }
            print(ConfigText.render(file.config, origin: origin), terminator: "")
            if let problems = file.problems {
                StandardError.write(problems.description)
                throw ExitCode(1)
            }
        }
    }

    /// What a user is told when there is no config file: where it would be.
    static func noFile(_ file: ConfigFile) -> String {
        guard let path = file.path else { return "No config file: neither XDG_CONFIG_HOME nor HOME is set, so burnrate uses the defaults." }
        return "No config file at \(path), so burnrate uses the defaults."
    }
}
