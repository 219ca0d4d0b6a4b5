import ArgumentParser
import BurnrateModel

/// Which scenario to use and what to change in it: shared by every command that shows the model.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A built-in scenario name or a scenario file.", valueName: "name|file"))
    var scenario = ScenarioChoice().scenario

    @Option(name: .long, help: ArgumentHelp(
        "Apply a named stress preset (see `burnrate scenario presets`).", valueName: "name"))
    var preset: String?

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Change one input, e.g. investors.softbank.realisation=50%, revenue.growth=0%, burn.scale=1.25, valuation=600B, delay.abilene=12, lost_provider=oracle. Repeatable.",
        valueName: "path=value"))
    var settings: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "One year of the scenario's horizon, e.g. 2027: export narrows the projection to it; the dashboard and snapshots put the timeline cursor on it. Indicators stay those of the whole scenario, except the yearly trends the panels show at the cursor.",
        valueName: "year"))
    var year: Int?

    var choice: ScenarioChoice { ScenarioChoice(scenario: scenario, preset: preset, settings: settings, year: year) }
}
