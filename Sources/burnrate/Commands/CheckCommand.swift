import ArgumentParser
import BurnrateModel

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate scenario files.",
        discussion: """
            Reads every FILE and reports every problem in it at once, one per line, as \
            FILE:LINE:COLUMN: path.to.field: what was expected, what was found. \
            Exits 0 when every file is valid, 1 otherwise.
            """
    )

    @Argument(help: ArgumentHelp("Scenario files to check.", valueName: "file"))
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            do {
                let scenario = try ScenarioLoader.load(contentsOf: file)
                print("\(file): ok (\(scenario.id): \(scenario.round.investors.count) investors, \(scenario.contracts.count) contracts, \(scenario.sites.count) sites)")
            } catch {
                failed = true
                StandardError.write(error.description)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
