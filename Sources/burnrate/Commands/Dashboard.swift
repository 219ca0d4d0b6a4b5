import ArgumentParser
import BurnrateModel

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default command)."
    )

    @OptionGroup var scenario: ScenarioOptions

    func run() throws {
        try reportingFailures {
            let (_, _, adjusted) = try scenario.resolve()
            let analysis = Analysis(scenario: adjusted)
            for indicator in analysis.indicators {
                print("\(indicator.level.rawValue.padding(5)) \(indicator.name): \(FigureFormat.format(indicator.value, unit: indicator.unit, currency: adjusted.currency))")
            }
        }
    }
}

private extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
