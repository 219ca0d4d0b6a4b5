import ArgumentParser
import BurnrateModel

/// Which scenario to use and what to change in it: shared by every command that shows the model.
struct ScenarioOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A built-in scenario name or a scenario file.", valueName: "name|file"))
    var scenario: String = BuiltInScenarios.defaultName

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

    /// The scenario as loaded, the what-if asked for, and the scenario with it applied.
    func resolve() throws -> (base: Scenario, whatIf: WhatIf, adjusted: Scenario) {
        let base: Scenario
        do {
            base = try ScenarioCatalog.load(scenario)
        } catch {
            throw CommandFailure(error.description)
        }
        if let year, !base.horizon.years.contains(year) {
            throw CommandFailure("--year \(year): outside the scenario's horizon \(base.horizon.start)–\(base.horizon.end)")
        }
        var whatIf = WhatIf()
        if let preset {
            guard let found = StressPreset.named(preset) else {
                let names = StressPreset.all.map(\.id).joined(separator: ", ")
                throw CommandFailure("--preset \(preset): no such preset (presets: \(names))")
            }
            whatIf = found.whatIf(for: base)
        }
        for setting in settings {
            do {
                whatIf = try WhatIfSetting.apply(setting, to: whatIf)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        let problems = whatIf.problems(in: base)
        guard problems.isEmpty else { throw CommandFailure(problems.joined(separator: "\n")) }
        return (base, whatIf, whatIf.apply(to: base))
    }
}
