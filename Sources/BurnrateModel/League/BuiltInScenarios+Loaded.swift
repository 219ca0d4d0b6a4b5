extension BuiltInScenarios {
    /// Every built-in scenario, loaded, in order.
    public static func loaded() -> [Scenario] {
        BuiltInScenarioFiles.all.map { file in
            do {
                return try ScenarioLoader.load(text: file.text, file: "builtin:\(file.name)")
            } catch {
                preconditionFailure("the built-in scenario \(file.name) does not load: \(error)")
            }
        }
    }
}
