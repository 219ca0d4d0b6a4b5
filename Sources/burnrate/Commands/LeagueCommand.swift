import ArgumentParser
import BurnrateModel
import BurnrateTerminal
import BurnrateView

enum LeagueFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case markdown
    case csv
    case json
}

struct LeagueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "league",
        abstract: "Set scenarios side by side: a row per indicator, a column per scenario, the worst in each row marked.",
        discussion: """
            Every built-in scenario unless SCENARIO names some (built-in names or files), each as \
            loaded. A row per scenario-wide indicator; in each row the scenario that fares worst \
            is marked ▲ (* with --ascii): the highest figure where higher is worse, the lowest \
            where lower is. A figure a scenario cannot work out reads n/a, with the reason under \
            the table, never 0. text: sized to the terminal (100 columns when standard output \
            is not one), scenarios that do not fit go on below. markdown: a table for a report. \
            csv: a row per indicator and scenario (columns \
            indicator,name,unit,scenario,value,low,high,level,worst,note). json: one document \
            (layout in the README, stable across versions: fields are only ever added).
            """
    )

    /// Where standard output is not a terminal.
    static let defaultWidth = 100

    @Argument(help: ArgumentHelp("Built-in scenario names or scenario files (default: every built-in scenario).",
                                 valueName: "scenario"))
    var scenarios: [String] = []

    @Option(help: "Output format: text, markdown, csv or json.")
    var format: LeagueFormat = .text

    @OptionGroup var privacy: PrivacyOptions

    @Flag(help: "Write text with ASCII characters only.")
    var ascii = false

    func validate() throws {
        if let twice = scenarios.first(where: { reference in scenarios.filter { $0 == reference }.count > 1 }) {
            throw ValidationError("\(twice) is named twice: each scenario is one column")
        }
    }

    func run() throws {
        try reportingFailures {
            let league = League(analyses: try loaded().map { Analysis(scenario: privacy.isPrivate ? $0.masked : $0) })
            switch format {
            case .text:
                let width = TerminalCheck.stdoutColumns ?? Self.defaultWidth
                print(LeagueTable.text(league, width: width, glyphs: ascii ? .ascii : .unicode))
            case .markdown: print(league.markdown(), terminator: "")
            case .csv: print(league.csv(), terminator: "")
            case .json: print(league.json().serialized(), terminator: "")
            }
        }
    }

    /// The scenarios named, or every built-in one; every reference that does not load is
    /// reported, each with its problems.
    private func loaded() throws -> [Scenario] {
        guard !scenarios.isEmpty else { return BuiltInScenarios.loaded() }
        var loaded: [Scenario] = []
        var problems: [String] = []
        for reference in scenarios {
            do {
                loaded.append(try ScenarioCatalog.load(reference))
            } catch {
                problems.append(error.description)
            }
        }
        guard problems.isEmpty else { throw CommandFailure(problems.joined(separator: "\n")) }
        return loaded
    }
}
