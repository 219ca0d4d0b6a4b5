import BurnrateModel
import Testing
@testable import BurnrateView

@Suite struct NotesMessageTests {
    static let message = NotesMessage(index: 2, count: 12, title: "Who pays", notes: "Line one\n\tindented \\ back",
                                      nextTitle: "For what capacity", budgetSeconds: 60, slideElapsed: 12.5,
                                      talkElapsed: 95.25)

    @Test func encodesOneEscapedLineWithFieldsInOrder() {
        // tab → \t, newline → \n, backslash → \\; nextTitle present → flag 1; 12.5 s and 95.25 s as written.
        #expect(Self.message.line == "burnrate-notes-1\t2\t12\tWho pays\tLine one\\n\\tindented \\\\ back"
                + "\tFor what capacity\t1\t60.0\t12.5\t95.25\n")
    }

    @Test func decodesWhatItEncodes() {
        #expect(NotesMessage(line: Self.message.line[...]) == Self.message)
        var last = Self.message
        last.nextTitle = nil
        last.notes = ""
        #expect(NotesMessage(line: last.line[...]) == last, "no next slide and no notes survive the trip")
        var emptyNext = Self.message
        emptyNext.nextTitle = ""
        #expect(NotesMessage(line: emptyNext.line[...])?.nextTitle == "", "an empty title is not a missing one")
    }

    @Test func refusesLinesItDidNotWrite() {
        #expect(NotesMessage(line: "") == nil)
        #expect(NotesMessage(line: "burnrate-notes-2\t0\t1\tT\tN\t\t0\t30\t0\t0") == nil, "another version")
        #expect(NotesMessage(line: "burnrate-notes-1\t0\t1\tT\tN\t\t0\t30\t0") == nil, "a field short")
        #expect(NotesMessage(line: "burnrate-notes-1\t1\t1\tT\tN\t\t0\t30\t0\t0") == nil, "slide 2 of 1")
        // A negative count once made the range 0..<count trap.
        #expect(NotesMessage(line: "burnrate-notes-1\t0\t-1\tT\tN\t\t0\t30\t0\t0") == nil, "slide 1 of -1")
        #expect(NotesMessage(line: "burnrate-notes-1\t-1\t1\tT\tN\t\t0\t30\t0\t0") == nil, "slide 0 of 1")
        for time in ["inf", "nan", "1e300", "-1"] {
            #expect(NotesMessage(line: "burnrate-notes-1\t0\t1\tT\tN\t\t0\t\(time)\t0\t0") == nil, "a budget of \(time)")
            #expect(NotesMessage(line: "burnrate-notes-1\t0\t1\tT\tN\t\t0\t30\t\(time)\t0") == nil, "a slide time of \(time)")
            #expect(NotesMessage(line: "burnrate-notes-1\t0\t1\tT\tN\t\t0\t30\t0\t\(time)") == nil, "a talk time of \(time)")
        }
        #expect(NotesMessage(line: "burnrate-notes-1\t0\t1\tT\tN\t\t0\tlong\t0\t0") == nil, "a budget that is no number")
        #expect(NotesMessage(line: "burnrate-notes-1\t0\t1\tT\tN\t\t0\t30\t0\t0") != nil, "the same line, well formed")
    }

    @Test func describesTheShownSlideOfAPresentation() throws {
        let loaded = try DeckCatalog.load(BuiltInDecks.defaultName)
        var state = DeckState(loaded: loaded, width: 100, height: 30, theme: BuiltInThemes.named("default"))
        state = DeckUpdate.update(state, .tick(elapsed: 40, clock: ClockTime(hour: 9, minute: 0, second: 0))).0
        state = DeckUpdate.update(state, .key(.right)).0
        state = DeckUpdate.update(state, .tick(elapsed: 52, clock: ClockTime(hour: 9, minute: 0, second: 12))).0
        let message = NotesMessage(state)
        let slides = loaded.deck.slides
        #expect(message.index == 1)
        #expect(message.count == slides.count)
        #expect(message.title == slides[1].title)
        #expect(message.notes == slides[1].notes)
        #expect(message.nextTitle == slides[2].title)
        #expect(message.budgetSeconds == loaded.deck.seconds(ofSlide: 1))
        // The slide came up at 40 s; at 52 s it has been up 52 - 40 = 12 s.
        #expect(message.slideElapsed == 12)
        #expect(message.talkElapsed == 52)

        state = DeckUpdate.update(state, .key(.end)).0
        #expect(NotesMessage(state).nextTitle == nil, "nothing follows the last slide")
    }
}
