import BurnrateModel
import BurnrateView

/// The notes terminal's update fed keys, resizes, ticks, disconnections and socket lines: a
/// line is whatever bytes follow (a presenter is another process, so its lines are input
/// too), or a well-formed message with fuzzed figures. After every step the notes draw at
/// their size.
enum NotesKeysHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        var sequence = KeySequence(bytes)
        var state = NotesState(deckName: "fuzz", width: 80, height: 24, theme: Fixtures.theme)
        var now = 0.0
        while let step = sequence.next() {
            let event: NotesEvent
            switch step {
            case .key(let key): event = .key(key)
            case .resize(let width, let height): event = .resize(width: width, height: height)
            case .event(let kind):
                switch kind {
                case 0...2:
                    now += Double(sequence.byte()) / 4
                    event = .tick(now)
                case 3: event = .disconnected
                case 4...8:
                    let line = sequence.bytes(Int(sequence.byte()))
                    guard let message = NotesMessage(line: Substring(decoding: line, as: UTF8.self)) else { continue }
                    event = .received(message)
                default:
                    let count = Int(sequence.byte())
                    event = .received(NotesMessage(
                        index: count == 0 ? 0 : Int(sequence.byte()) % count, count: count,
                        title: String(repeating: "Title ", count: Int(sequence.byte()) % 40),
                        notes: String(repeating: "A note that wraps. ", count: Int(sequence.byte())),
                        nextTitle: sequence.byte() % 2 == 0 ? nil : "Next",
                        budgetSeconds: Double(sequence.byte()) - 16, slideElapsed: Double(sequence.byte()) * 7,
                        talkElapsed: Double(sequence.byte()) * 97))
                }
            }
            (state, _) = NotesUpdate.update(state, event)
            let canvas = NotesView.render(state)
            guard canvas.width == state.width, canvas.height == state.height else {
                throw FuzzFailure("a \(state.width)×\(state.height) state drew a \(canvas.width)×\(canvas.height) canvas")
            }
        }
    }
}
