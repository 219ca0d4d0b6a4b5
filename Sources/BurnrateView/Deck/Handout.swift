import BurnrateModel

/// A deck written out for the audience to take away: every slide drawn as text at 100×30, as
/// the room saw it (without the clock), followed by its speaker notes. Text from the deck and
/// the scenario is shown through `TerminalSafe`, as on screen: a handout is read with `cat` too.
public enum Handout {
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case html
        case text = "txt"

        /// The format a file name asks for by its extension, nil for any other.
        public init?(path: String) {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            self.init(rawValue: path[path.index(after: dot)...].lowercased())
        }
    }

    public static let width = 100
    public static let height = 30

    public static func render(_ loaded: LoadedDeck, format: Format, theme: Theme, glyphs: Glyphs = .unicode) -> String {
        let slides = loaded.deck.slides.indices.map { index in
            var state = DeckState(loaded: loaded, width: width, height: height, theme: theme, glyphs: glyphs)
            state.show(index)
            return (slide: state.slide, canvas: SlideView.render(state))
        }
        switch format {
        case .markdown: return markdown(loaded, slides)
        case .text: return text(loaded, slides)
        case .html: return HandoutHTML(loaded: loaded, palette: Palette(theme: theme, depth: .trueColor)).document(slides)
        }
    }

    private static func subtitle(_ loaded: LoadedDeck) -> String {
        "\(TerminalSafe.escape(loaded.scenario.title)), as of \(loaded.scenario.asOf). \(loaded.deck.slides.count) slides."
    }

    private static func markdown(_ loaded: LoadedDeck, _ slides: [(slide: Slide, canvas: Canvas)]) -> String {
        var output = "# \(TerminalSafe.escape(loaded.deck.title))\n\n\(subtitle(loaded))\n"
        for (number, (slide, canvas)) in zip(1..., slides) {
            output += "\n## \(number). \(TerminalSafe.escape(slide.title))\n\n```text\n\(CanvasRenderer.text(canvas))\n```\n"
            if let notes = slide.notes { output += "\nSpeaker notes: \(TerminalSafe.escapeKeepingLineBreaks(notes.trimmingTrailingNewlines))\n" }
        }
        return output
    }

    private static func text(_ loaded: LoadedDeck, _ slides: [(slide: Slide, canvas: Canvas)]) -> String {
        var output = "\(TerminalSafe.escape(loaded.deck.title))\n\(subtitle(loaded))\n"
        for (number, (slide, canvas)) in zip(1..., slides) {
            output += "\n" + String(repeating: "=", count: width) + "\n"
            output += "Slide \(number)/\(slides.count): \(TerminalSafe.escape(slide.title))\n\n\(CanvasRenderer.text(canvas))\n"
            if let notes = slide.notes {
                output += "\nSpeaker notes:\n" + TerminalSafe.escapeKeepingLineBreaks(notes.trimmingTrailingNewlines).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "  " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        return output
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        String(reversed().drop { $0 == "\n" }.reversed())
    }
}
