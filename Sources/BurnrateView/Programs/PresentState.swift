/// A presentation as the runner keeps it: the deck, and the notes terminals that follow it
/// with what they were last sent.
public struct PresentState: Sendable {
    public var deck: DeckState
    /// The connected notes terminals, in the order they came.
    public internal(set) var notesClients: [SocketClient] = []
    /// What the notes terminals were last told: the slide, and its notes with their live
    /// figures (a what-if or a reload can change those on the same slide).
    var sent: SentNotes?

    struct SentNotes: Equatable, Sendable {
        var index: Int
        var count: Int
        var notes: String?
    }

    /// With `notes`, notes terminals can follow, and the footer counts them from 0.
    public init(deck: DeckState, notes: Bool) {
        self.deck = notes ? DeckUpdate.update(deck, .notesTerminals(0)).0 : deck
    }
}
