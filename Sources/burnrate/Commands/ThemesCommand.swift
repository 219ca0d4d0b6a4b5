import BurnrateText
import ArgumentParser
import BurnrateModel
import BurnrateView

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List, check and print colour themes.",
        discussion: """
            Themes are YAML files of named colours (see `burnrate themes show default`). Your own \
            go in $XDG_CONFIG_HOME/burnrate/themes (or ~/.config/burnrate/themes) as NAME.yaml; \
            one named like a built-in theme replaces it. Choose one with --theme NAME or \
            --theme FILE, or press t in the dashboard.
            """,
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every theme, or check theme files with --check.",
            discussion: """
                With --check, reads every FILE and reports every problem in it at once, one per \
                line, as FILE:LINE:COLUMN: path.to.field: what was expected, what was found. \
                Exits 0 when every file is valid, 1 otherwise. A valid theme whose text reads \
                below 4.5:1 (WCAG AA), or whose borders, bars or selection bar stand out less \
                than 3:1, in truecolor or at 256 colours gets a warning for each such pair of \
                colours, which does not change the exit status. Without --check, a user theme file \
                with problems is reported the same way, and the exit status is 1.
                """
        )

        @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp("Theme files to check.", valueName: "file"))
        var check: [String] = []

        func run() throws {
            if check.isEmpty { try list() } else { try checkFiles() }
        }

        private func list() throws {
            let catalog = UserThemes.catalog()
            for entry in catalog.entries {
                let origin = switch entry.source {
                case .builtIn: "built in"
                case let .file(path): entry.overridesBuiltIn ? "\(path), over the built-in theme" : path
                }
                print("\(TerminalSafe.escape(entry.name))  (\(TerminalSafe.escape(origin)))")
                if !entry.theme.description.isEmpty { print("    \(TerminalSafe.escape(entry.theme.description))") }
            }
            for (_, problem) in catalog.problems.sorted(by: { $0.key < $1.key }) {
                StandardError.write(problem.description)
            }
            if !catalog.problems.isEmpty { throw ExitCode(1) }
        }

        private func checkFiles() throws {
            var failed = false
            for file in check {
                do {
                    let theme = try ThemeLoader.load(contentsOf: file)
                    print("\(TerminalSafe.escape(file)): ok (theme \(TerminalSafe.escape(theme.name)))")
                    for shortfall in ThemeContrast.shortfalls(of: theme) {
                        StandardError.write("\(file): warning: \(shortfall)")
                    }
                } catch {
                    failed = true
                    StandardError.write(error.description)
                }
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a built-in theme's YAML, to start a theme of your own from it.",
            discussion: "burnrate themes show default > ~/.config/burnrate/themes/mine.yaml"
        )

        @Argument(help: ArgumentHelp("A built-in theme name.", valueName: "name"))
        var name: String = ThemeCatalog.builtInNames[0]

        func run() throws {
            try reportingFailures {
                try BuiltInListing.show("theme", named: name, among: ThemeCatalog.builtInNames, text: ThemeCatalog.builtInText(named:))
            }
        }
    }
}
