/// The notes terminal, as a value: whether a presenter is connected, what it last said, and
/// the local clock that moves the elapsed times on between messages.
public struct NotesState: Sendable {
    public enum Connection: Sendable, Equatable {
        /// No presenter has been found yet.
        case waiting
        case following
        /// The presenter went away; still looking for the next one.
        case ended
    }

    /// The deck named on the command line, for "waiting for `burnrate present DECK`".
    public let deckName: String
    public var width: Int
    public var height: Int
    public var theme: Theme
    public var glyphs: Glyphs
    public private(set) var connection = Connection.waiting
    /// The presenter's last message; kept after it ends so the last slide stays readable.
    public private(set) var message: NotesMessage?
    /// Local seconds now, and when the last message came.
    public private(set) var now: Double = 0
    public private(set) var receivedAt: Double = 0

    /// The keys, as built in or as a config file rebinds them.
    public var keymap: Keymap = .defaults

    public init(deckName: String, width: Int, height: Int, theme: Theme, glyphs: Glyphs = .unicode) {
        self.deckName = deckName
        self.width = width
        self.height = height
        self.theme = theme
        self.glyphs = glyphs
    }

    /// Seconds since the shown slide came up; the presenter's figure moved on by the local clock
    /// while following, frozen once the presenter is gone.
    public var slideElapsed: Double { (message?.slideElapsed ?? 0) + sinceMessage }
    public var talkElapsed: Double { (message?.talkElapsed ?? 0) + sinceMessage }

    /// How far the slide is through its time budget, from 0 to 1.
    public var slideProgress: Double {
        guard let budget = message?.budgetSeconds, budget > 0 else { return 0 }
        return min(1, max(0, slideElapsed / budget))
    }

    private var sinceMessage: Double { connection == .following ? max(0, now - receivedAt) : 0 }

    mutating func advanceClock(to seconds: Double) {
        now = max(now, seconds)
    }

    mutating func receive(_ message: NotesMessage) {
        self.message = message
        receivedAt = now
        connection = .following
    }

    mutating func lose() {
        guard connection == .following else { return }
        // Freeze the times where they were when the presenter went.
        if var last = message {
            last.slideElapsed = slideElapsed
            last.talkElapsed = talkElapsed
            message = last
        }
        connection = .ended
    }
}
