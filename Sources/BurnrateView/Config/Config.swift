/// What a user's config.yaml sets, as `ConfigLoader` read it. A field left out leaves the
/// program's own default in place.
public struct Config: Sendable, Equatable {
    /// The theme programs start with, by name; `--theme` and a deck's own theme win over it.
    public var theme: String?

    public init(theme: String? = nil) {
        self.theme = theme
    }

    /// No config file, or one with problems: every default.
    public static let defaults = Config()
}
