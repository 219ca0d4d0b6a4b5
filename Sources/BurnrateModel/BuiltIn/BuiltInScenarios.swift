/// The scenarios compiled into the binary, so that burnrate works from any directory.
public enum BuiltInScenarios {
    /// The scenario a plain `burnrate` opens: the article, figure for figure.
    public static let defaultName = "openai-2026-02"

    /// Names of the built-in scenarios, in order: OpenAI's from the article on, then the other
    /// companies, each oldest first (the files are embedded in the order of their names).
    /// A test holds it to the files there are.
    public static let names = [
        "openai-2026-02", "openai-2026-03-close", "openai-2026-07", "anthropic-2026-02", "anthropic-2026-05", "xai-2026",
        "coreweave-2026",
    ]

    /// The YAML text of a built-in scenario, as `burnrate scenario show` prints it.
    public static func text(named name: String) -> String? {
        BuiltInScenarioFiles.all.first { $0.name == name }?.text
    }
}
