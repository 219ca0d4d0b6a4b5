import ArgumentParser
import CMalloc
#if canImport(Glibc)
import Glibc
#endif

@main
struct Burnrate: ParsableCommand {
    static let version = "0.1.0"
    /// What `--version` prints: the version and the commit, which tells apart two builds of one
    /// version (BuildCommit comes from Sources/BuildCommitPlugin).
    static let versionLine = "burnrate \(version) (\(BuildCommit.hash ?? "unknown commit"))"

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
        version: versionLine,
        subcommands: [Dashboard.self, CheckCommand.self, ExportCommand.self, SnapshotCommand.self, ScenarioCommand.self,
                      SimulateCommand.self, LeagueCommand.self, ThemesCommand.self, PresentCommand.self, NotesCommand.self, DeckCommand.self,
                      KeysCommand.self, ConfigCommand.self],
        defaultSubcommand: Dashboard.self
    )

    /// `burnrate` alone opens the dashboard on its defaults, parsing nothing: building the tree
    /// of every subcommand and its options, or only the dashboard's, costs start-up time.
    static func main() {
        // One malloc arena for every thread: a simulation's threads allocate little (their
        // tallies), and the arena glibc gives each thread stayed resident after a run (0.3 MiB of
        // the dashboard's peak, README "Benchmarks").
        mallopt(M_ARENA_MAX, 1)
        do {
            if CommandLine.arguments.count == 1 {
                try reportingFailures { try DashboardLaunch().run() }
                return
            }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exitEscaping(error)
        }
    }

    /// argument-parser's own `exit(withError:)`, with the error through `StandardError`: an
    /// unknown option or a bad value is quoted back from the command line, which may hold
    /// anything a script or a pasted line put there.
    private static func exitEscaping(_ error: any Error) -> Never {
        let message = fullMessage(for: error)
        let code = exitCode(for: error)
        if code == .success {
            if !message.isEmpty { print(message) }
        } else if !message.isEmpty {
            StandardError.write(message)
        }
        Glibc.exit(code.rawValue)
    }
}
