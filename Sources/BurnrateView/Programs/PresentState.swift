/// A presentation as the runner keeps it: the deck, and the notes terminals that follow it
/// with what they were last sent.
public struct PresentState: Sendable {
    public var deck: DeckState
    /// The connected notes terminals, in the order they came.
    public internal(set) var notesClients: [SocketClient] = []
    /// What the notes terminals were last told (a terminal that connects is told the slide
    /// then): the slide, and its notes with their live figures, which a what-if or a reload
    /// can change on the same slide.
    var sent: Shown

    struct Shown: Equatable, Sendable {
        var index: Int
        var count: Int
        var notes: String?

        init(_ deck: DeckState) {
            index = deck.index
            count = deck.slideCount
            notes = deck.notes
        }
    }

    /// With `notes`, notes terminals can follow, and the footer counts them from 0.
    public init(deck: DeckState, notes: Bool) {
        self.deck = notes ? DeckUpdate.update(deck, .notesTerminals(0)).0 : deck
        sent = Shown(deck)
    }
}
