import BurnrateModel
import BurnrateView

/// A presentation's update fed keys, resizes, the passing of time and reloads; after every
/// step the slide index is in the deck, the slide draws at its size, and what the notes
/// terminal is told reads back.
enum DeckKeysHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        var sequence = KeySequence(bytes)
        var state = DeckState(loaded: Fixtures.deck, width: 80, height: 24, theme: Fixtures.theme)
        var elapsed = 0.0
        while let step = sequence.next() {
            let event: DeckEvent
            switch step {
            case .key(let key): event = .key(key)
            case .resize(let width, let height): event = .resize(width: width, height: height)
            case .event(let kind):
                switch kind {
                case 0...3:
                    elapsed += Double(sequence.byte()) / 4
                    event = .tick(elapsed: elapsed, clock: ClockTime(hour: 9, minute: 30, second: Int(elapsed) % 60))
                case 4: event = .scenarioFile(.reloaded(Fixtures.otherScenario))
                case 5: event = .scenarioFile(.reloaded(Fixtures.model.base))
                case 6: event = .scenarioFile(.broken(Fixtures.brokenFile))
                default: event = .scenarioFile(.deleted(path: "fuzz.yaml"))
                }
            }
            (state, _) = DeckUpdate.update(state, event)
            if case .resize(let width, let height) = event, state.width != width || state.height != height {
                throw FuzzFailure("resized to \(width)×\(height), the state says \(state.width)×\(state.height)")
            }
            try check(state)
            let message = NotesMessage(state)
            guard NotesMessage(line: message.line[...]) != nil else {
                throw FuzzFailure("the notes terminal cannot read \(message.line.debugDescription)")
            }
        }
    }

    /// A slide of the deck, drawn at the state's size.
    static func check(_ state: DeckState) throws(FuzzFailure) {
        guard (0..<state.slideCount).contains(state.index) else {
            throw FuzzFailure("slide \(state.index) of \(state.slideCount)")
        }
        let canvas = SlideView.render(state)
        guard canvas.width == state.width, canvas.height == state.height else {
            throw FuzzFailure("a \(state.width)×\(state.height) state drew a \(canvas.width)×\(canvas.height) canvas")
        }
    }
}
