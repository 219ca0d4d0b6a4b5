/// The scenarios compiled into the binary, so that burnrate works from any directory.
public enum BuiltInScenarios {
    /// The scenario a plain `burnrate` opens: the article, figure for figure.
    public static let defaultName = "openai-2026-02"

    /// Names of the built-in scenarios, in order.
    public static var names: [String] { BuiltInScenarioFiles.all.map(\.name) }

    /// The YAML text of a built-in scenario, as `burnrate scenario show` prints it.
    public static func text(named name: String) -> String? {
        BuiltInScenarioFiles.all.first { $0.name == name }?.text
    }
}
