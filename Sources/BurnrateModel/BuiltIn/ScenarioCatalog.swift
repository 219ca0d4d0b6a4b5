import BurnrateYAML

/// Finds a scenario by the name a user typed: a file on disk, or else a built-in scenario.
public enum ScenarioCatalog {
    /// Loads `reference` as a file when one exists at that path, else as a built-in name.
    /// `fileExists` is injected so that tests need no files.
    public static func load(_ reference: String,
                            fileExists: (String) -> Bool = FileSystem.isRegularFile) throws(DiagnosticList) -> Scenario {
        if fileExists(reference) || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/") {
            return try ScenarioLoader.load(contentsOf: reference)
        }
        guard let text = BuiltInScenarios.text(named: reference) else {
            let names = BuiltInScenarios.names.joined(separator: ", ")
            throw DiagnosticList([Diagnostic(
                file: reference, line: 0, column: 0, path: "",
                message: "no scenario file at this path and no built-in scenario of this name (built in: \(names))")])
        }
        return try ScenarioLoader.load(text: text, file: "builtin:\(reference)")
    }
}
