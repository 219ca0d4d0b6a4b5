/// One action of a mode: the keys that do it, what help says it does, and where it shows.
public struct KeyBinding: Hashable, Sendable {
    public var action: KeyAction
    public var keys: [Key]
    /// The line help, the README and `burnrate keys` give it.
    public var help: String
    /// Its word in the footer's hints; nil keeps it out of the footer. Bindings next to each
    /// other with the same word share one hint (`up/down select`).
    public var footer: String?
    /// False for a key listed under another mode of the same screen (help and quit in the
    /// what-if panel), so help lists it once.
    public var inHelp: Bool

    public init(_ action: KeyAction, _ keys: [Key], _ help: String, footer: String? = nil, inHelp: Bool = true) {
        self.action = action
        self.keys = keys
        self.help = help
        self.footer = footer
        self.inHelp = inHelp
    }

    /// The keys by name, as help shows them: `q ctrl-c`.
    public var keyNames: String { keys.map(KeyName.name(of:)).joined(separator: " ") }
}
