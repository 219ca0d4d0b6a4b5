/// One action of a mode: the keys that do it, what help says it does, and where it shows.
public struct KeyBinding: Hashable, Sendable {
    public var action: KeyAction
    public var keys: [Key]
    /// The line the README and `burnrate keys` give it.
    public var help: String
    /// Its word in the footer's hints; nil keeps it out of the footer. Bindings next to each
    /// other with the same word share one hint (`↑↓ select`).
    public var footer: String?
    /// The help overlay's row it shares with the bindings next to it; nil gives it a row of
    /// its own with `help`.
    public var row: HelpRow?

    public init(_ action: KeyAction, _ keys: [Key], _ help: String, footer: String? = nil, row: HelpRow? = nil) {
        self.action = action
        self.keys = keys
        self.help = help
        self.footer = footer
        self.row = row
    }

    /// The keys by name, as `burnrate keys` prints them: `q ctrl-c`.
    public var keyNames: String { keys.map(KeyName.name(of:)).joined(separator: " ") }
}
