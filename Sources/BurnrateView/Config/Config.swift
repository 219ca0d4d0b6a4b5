/// What a user's config.yaml sets, as `ConfigLoader` read it. A field left out leaves the
/// program's own default in place.
public struct Config: Sendable, Equatable {
    /// The theme programs start with, by name; `--theme` and a deck's own theme win over it.
    public var theme: String?
    /// The keys in use: the built-in map with the file's `keys:` applied.
    public var keymap: Keymap
    /// Built-in keys that `keys:` gave to other actions (binding quit to x takes x from the
    /// what-if panel's remove-preset).
    public var taken: [KeyTaken]
    /// The file's `layouts:`, in the order written.
    public var layouts: [LayoutPreset]
    /// What happens besides the banner when an indicator crosses a threshold (`alerts:`).
    public var alerts: AlertSettings

    public init(theme: String? = nil, keymap: Keymap = .defaults, taken: [KeyTaken] = [], layouts: [LayoutPreset] = [],
                alerts: AlertSettings = AlertSettings()) {
        self.theme = theme
        self.keymap = keymap
        self.taken = taken
        self.layouts = layouts
        self.alerts = alerts
    }

    /// No config file, or one with problems: every default.
    public static let defaults = Config()
}
