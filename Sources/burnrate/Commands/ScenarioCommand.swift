import ArgumentParser
import BurnrateModel

struct ScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "List and print the built-in scenarios and stress presets.",
        subcommands: [List.self, Show.self, Presets.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the built-in scenarios.")

        func run() throws {
            BuiltInListing.list(BuiltInScenarios.names, defaultName: BuiltInScenarios.defaultName) { name in
                (try? ScenarioCatalog.load(name).title) ?? ""
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a built-in scenario's YAML, to start a file of your own from it.",
            discussion: "burnrate scenario show openai-2026-02 > mine.yaml"
        )

        @Argument(help: ArgumentHelp("A built-in scenario name.", valueName: "name"))
        var name: String = BuiltInScenarios.defaultName

        func run() throws {
            try reportingFailures {
                try BuiltInListing.show("scenario", named: name, among: BuiltInScenarios.names, text: BuiltInScenarios.text(named:))
            }
        }
    }

    struct Presets: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the stress presets that --preset takes.")

        func run() throws {
            for preset in StressPreset.all {
                print("\(preset.id)\n    \(preset.name): \(preset.summary)")
            }
        }
    }
}
