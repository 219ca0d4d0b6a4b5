import BurnrateModel

/// The scenario `s` writes: the scenario on screen with its what-if applied, under its own
/// id and a title that says which what-if.
public enum SavedScenario {
    public static func scenario(from model: ModelState) -> Scenario {
        var scenario = model.analysis.scenario
        let suffix = "-whatif"
        scenario.id = model.base.id.hasSuffix(suffix) ? model.base.id : model.base.id + suffix
        let presetName = model.presetID.flatMap(StressPreset.named)?.name
        let what = presetName ?? model.summary.joined(separator: ", ")
        scenario.title = "\(model.base.title) — what-if: \(what)"
        return scenario
    }

    /// The YAML text of the file; throws when it would not load back (see
    /// `ScenarioWriter.checkedYAML`).
    public static func text(from model: ModelState) throws(UnsavableScenario) -> String {
        try ScenarioWriter.checkedYAML(scenario(from: model))
    }

    /// The path the prompt offers: `<id>-whatif.yaml` in `directory` (the current directory
    /// when nil).
    public static func defaultPath(for model: ModelState, in directory: String?) -> String {
        let name = scenario(from: model).id + ".yaml"
        guard let directory, !directory.isEmpty else { return name }
        return directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
