import ArgumentParser

@main
struct Burnrate: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "burnrate",
        abstract: "The money, compute capacity and risk behind an AI infrastructure bet.",
        discussion: """
            With no command, burnrate opens the dashboard on the built-in scenario \
            (\(BuiltInNames.defaultScenario)). The other commands give the same model without a \
            terminal, for reports and pipelines.

            Scenarios are YAML files; `burnrate scenario show \(BuiltInNames.defaultScenario)` \
            prints the built-in one as a commented starting point.
            """,
        version: version,
        subcommands: [Dashboard.self, CheckCommand.self, ExportCommand.self, SnapshotCommand.self, ScenarioCommand.self,
                      ThemesCommand.self, PresentCommand.self, NotesCommand.self, DeckCommand.self],
        defaultSubcommand: Dashboard.self
    )

    /// `burnrate` alone opens the dashboard, parsed as that one command: building the tree of
    /// every subcommand and its options first costs a millisecond and more of start-up.
    static func main() {
        if CommandLine.arguments.count == 1 {
            Dashboard.main([])
        } else {
            main(nil)
        }
    }
}
