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
                let counts = [(scenario.round.investors.count, "investor"), (scenario.contracts.count, "contract"),
                              (scenario.sites.count, "site")].map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
                print("\(TerminalSafe.escape(file)): ok (\(TerminalSafe.escape(scenario.id)): \(counts.joined(separator: ", ")))")
            } catch {
                failed = true
                StandardError.write(error.description)
            }
        }
        if failed { throw ExitCode(1) }
    }
}
