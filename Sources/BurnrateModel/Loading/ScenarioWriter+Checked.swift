import BurnrateYAML

/// Why a scenario is not saved: the file written from it would not load back to it.
public struct UnsavableScenario: Error, Equatable, CustomStringConvertible {
    /// What the loader would say, e.g. `sites[0].online: expected a date like 2026-02-20, …`.
    public let description: String
}

extension ScenarioWriter {
    /// The YAML of `scenario`, loaded back before it is handed out. A scenario a what-if has
    /// moved beyond what a file may hold (a date delayed past what the loader takes, revenue
    /// grown to infinity) throws what the loader would say instead: a saved file always loads.
    public static func checkedYAML(_ scenario: Scenario) throws(UnsavableScenario) -> String {
        let text = yaml(scenario)
        guard text.utf8.count <= TextFile.maximumBytes else {
            throw UnsavableScenario(description: "the file would be larger than 8 MiB")
        }
        let loaded: Scenario
        do {
            loaded = try ScenarioLoader.load(text: text, file: "")
        } catch {
            let first = error.diagnostics.first.map { $0.path.isEmpty ? $0.message : "\($0.path): \($0.message)" }
            throw UnsavableScenario(description: "it would not load back: " + (first ?? "no scenario"))
        }
        guard loaded == scenario.asWritten else { throw UnsavableScenario(description: "it would load back different") }
        return text
    }
}
