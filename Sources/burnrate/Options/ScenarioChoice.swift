import BurnrateModel

/// Which scenario to use and what to change in it, as values: what `ScenarioOptions` parses, and
/// what `burnrate` with no arguments uses without parsing anything.
struct ScenarioChoice {
    var scenario = BuiltInScenarios.defaultName
    var preset: String?
    var settings: [String] = []
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
