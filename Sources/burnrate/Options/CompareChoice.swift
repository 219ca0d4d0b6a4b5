import BurnrateModel
import BurnrateView

/// `--compare A B` as values: open on A, with the compare view showing A and B side by side.
struct CompareChoice {
    /// Empty, or the two scenarios A and B.
    var scenarios: [String] = []

    /// The scenario choice with A as the scenario, when comparing.
    func scenarioChoice(_ choice: ScenarioChoice) throws -> ScenarioChoice {
        guard let first = scenarios.first else { return choice }
        guard choice.scenario == BuiltInScenarios.defaultName else {
            throw CommandFailure("--scenario and --compare: name the scenario as A of --compare A B")
        }
        var adjusted = choice
        adjusted.scenario = first
        return adjusted
    }

    /// What `c` compares with: B when comparing, else the fallback built-in for `base`, which
    /// is loaded when `c` is first pressed (start-up is spared the work).
    func target(for base: Scenario) throws -> CompareTarget? {
        if scenarios.count == 2 {
            return CompareTarget(analysis: Analysis(scenario: try load(scenarios[1])), label: scenarios[1], kind: .chosen)
        }
        guard let name = CompareTarget.fallbackName(for: base.id), BuiltInScenarios.text(named: name) != nil else {
            return nil
        }
        return CompareTarget(label: name, kind: .fallback) {
            // Known to be there (above): a built-in that does not load stops in `loaded(named:)`.
            Analysis(scenario: BuiltInScenarios.loaded(named: name)!)
        }
    }

    private func load(_ reference: String) throws -> Scenario {
        do {
            return try ScenarioCatalog.load(reference)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Where a saved what-if goes by default: beside the scenario file, else (a built-in) the
    /// current directory.
    static func saveDirectory(for reference: String) -> String? {
        guard FileSystem.isRegularFile(reference), let slash = reference.lastIndex(of: "/") else { return nil }
        return slash == reference.startIndex ? "/" : String(reference[..<slash])
    }
}
