/// The decks compiled into the binary, so that `burnrate present` works from any directory.
public enum BuiltInDecks {
    /// The deck a plain `burnrate present` runs: the article's story.
    public static let defaultName = "openai-2026-02"

    public static var names: [String] { BuiltInDeckFiles.all.map(\.name) }

    /// The YAML text of a built-in deck, as `burnrate deck show` prints it.
    public static func text(named name: String) -> String? {
        BuiltInDeckFiles.all.first { $0.name == name }?.text
    }
}
