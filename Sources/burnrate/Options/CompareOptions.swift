import ArgumentParser
import BurnrateModel
import BurnrateView

/// `--compare A B`: open on A, with the compare view showing A and B side by side.
struct CompareOptions: ParsableArguments {
    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Compare two scenarios side by side (built-in names or files): A is shown with any what-if options, B as it is; c toggles the view.",
        valueName: "A B"))
    var compare: [String] = []

    func validate() throws {
        guard compare.isEmpty || compare.count == 2 else {
            throw ValidationError("--compare takes two scenarios, A and B (got \(compare.count))")
        }
    }

    /// The scenario options with A as the scenario, when comparing.
    func scenarioOptions(_ options: ScenarioOptions) throws -> ScenarioOptions {
        guard let first = compare.first else { return options }
        guard options.scenario == BuiltInScenarios.defaultName else {
            throw CommandFailure("--scenario and --compare: name the scenario as A of --compare A B")
        }
        var adjusted = options
        adjusted.scenario = first
        return adjusted
    }

    /// What `c` compares with: B when comparing, else the fallback built-in for `base`, which
    /// is loaded when `c` is first pressed (start-up is spared the work).
    func target(for base: Scenario) throws -> CompareTarget? {
        if compare.count == 2 {
            return CompareTarget(analysis: Analysis(scenario: try load(compare[1])), label: compare[1], kind: .chosen)
        }
        guard let name = CompareTarget.fallbackName(for: base.id), let text = BuiltInScenarios.text(named: name) else {
            return nil
        }
        return CompareTarget(label: name, kind: .fallback) {
            do {
                return Analysis(scenario: try ScenarioLoader.load(text: text, file: "builtin:\(name)"))
            } catch {
                preconditionFailure("the built-in scenario \(name) does not load: \(error)")
            }
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
