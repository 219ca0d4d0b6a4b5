/// What the presenter tells a notes terminal, one line per message: the fields in a fixed
/// order, separated by tabs, with backslash, tab and newline escaped so that notes of any
/// length stay on one line.
public struct NotesMessage: Sendable, Equatable {
    /// The shown slide, counted from 0.
    public var index: Int
    public var count: Int
    public var title: String
    public var notes: String
    /// Nil on the last slide.
    public var nextTitle: String?
    /// Seconds the slide is meant to take.
    public var budgetSeconds: Double
    /// Seconds since the slide came up, and since the talk started, when the message was sent.
    public var slideElapsed: Double
    public var talkElapsed: Double

    public init(index: Int, count: Int, title: String, notes: String, nextTitle: String?, budgetSeconds: Double,
                slideElapsed: Double, talkElapsed: Double) {
        self.index = index
        self.count = count
        self.title = title
        self.notes = notes
        self.nextTitle = nextTitle
        self.budgetSeconds = budgetSeconds
        self.slideElapsed = slideElapsed
        self.talkElapsed = talkElapsed
    }

    /// The shown slide of a presentation, as of its last tick.
    public init(_ state: DeckState) {
        self.init(index: state.index, count: state.slideCount, title: state.slide.title, notes: state.notes ?? "",
                  nextTitle: state.isLastSlide ? nil : state.deck.slides[state.index + 1].title,
                  budgetSeconds: state.slideSeconds, slideElapsed: state.elapsed - state.slideStartedAt,
                  talkElapsed: state.elapsed)
    }

    /// The version tag that starts every line, so a future format is refused rather than misread.
    static let tag = "burnrate-notes-1"

    /// The message as one line, newline included.
    public var line: String {
        [Self.tag, String(index), String(count), title, notes, nextTitle ?? "", nextTitle == nil ? "0" : "1",
         Self.seconds(budgetSeconds), Self.seconds(slideElapsed), Self.seconds(talkElapsed)]
            .map(Self.escaped).joined(separator: "\t") + "\n"
    }

    /// A time of 0 up to 10⁹ s (31 years): the clocks show whole seconds, and a NaN, an infinity
    /// or 1e300 would trap on the way.
    private static func readSeconds(_ text: String) -> Double? {
        guard let value = Double(text), value >= 0, value <= 1e9 else { return nil }
        return value
    }

    /// Reads a line written by `line`, with or without its newline; nil for anything else.
    public init?(line: Substring) {
        let text = line.hasSuffix("\n") ? line.dropLast() : line
        let fields = text.split(separator: "\t", omittingEmptySubsequences: false).map(Self.unescaped)
        guard fields.count == 10, fields[0] == Self.tag,
              let index = Int(fields[1]), let count = Int(fields[2]), index >= 0, index < count,
              let budget = Self.readSeconds(fields[7]), let slideElapsed = Self.readSeconds(fields[8]),
              let talkElapsed = Self.readSeconds(fields[9]),
              fields[6] == "0" || fields[6] == "1" else { return nil }
        self.init(index: index, count: count, title: fields[3], notes: fields[4],
                  nextTitle: fields[6] == "1" ? fields[5] : nil, budgetSeconds: budget,
                  slideElapsed: slideElapsed, talkElapsed: talkElapsed)
    }

    /// Milliseconds are plenty for a clock shown in seconds.
    private static func seconds(_ value: Double) -> String {
        String(Double((value * 1000).rounded()) / 1000)
    }

    private static func escaped(_ field: String) -> String {
        var output = ""
        for character in field {
            switch character {
            case "\\": output += "\\\\"
            case "\t": output += "\\t"
            case "\n", "\r\n": output += "\\n"
            default: output.append(character)
            }
        }
        return output
    }

    private static func unescaped(_ field: Substring) -> String {
        var output = ""
        var escaping = false
        for character in field {
            if escaping {
                output.append(character == "t" ? "\t" : character == "n" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                output.append(character)
            }
        }
        return output
    }
}
