import ArgumentParser
import BurnrateModel

enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case csv
    case markdown
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the indicators and the yearly projection to standard output.",
        discussion: """
            json: one document (layout in the README, stable across versions: fields are only \
            ever added). csv: one row per indicator and per projected figure and year \
            (columns kind,id,name,year,value,unit,level,source,basis). markdown: tables for a report.
            """
    )

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var revealing: RevealOptions

    @Option(name: .long, help: "Output format: json, csv or markdown.")
    var format: ExportFormat = .json

    func run() throws {
        try reportingFailures {
            let (_, whatIf, adjusted) = try scenario.choice.resolve()
            let analysis = Analysis(scenario: revealing.reveal ? adjusted : adjusted.masked)
            let report = ExportReport(analysis: analysis, whatIf: whatIf, preset: scenario.preset,
                                      settings: scenario.settings, year: scenario.year)
            switch format {
            case .json: print(report.json().serialized(), terminator: "")
            case .csv: print(report.csv(), terminator: "")
            case .markdown: print(report.markdown(), terminator: "")
            }
        }
    }
}
