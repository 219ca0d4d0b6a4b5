extension BuiltInScenarios {
    /// Every built-in scenario, loaded, in the order of `names`.
    public static func loaded() -> [Scenario] {
        names.compactMap(loaded(named:))
    }

    /// The built-in scenario of that name, loaded; nil when there is none.
    public static func loaded(named name: String) -> Scenario? {
        text(named: name).map { text in
            do {
                return try ScenarioLoader.load(text: text, file: "builtin:\(name)")
            } catch {
                preconditionFailure("the built-in scenario \(name) does not load: \(error)")
            }
        }
    }
}
