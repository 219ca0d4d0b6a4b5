import BurnrateText
import BurnrateModel

/// A deck written out for the audience to take away: every slide drawn as text at 100×30, as
/// the room saw it (without the clock; a simulation slide with its run complete), a big figure
/// also as plain text, its speaker notes with
/// their live figures filled in, and at the end the sources the figures come from. Text from
/// the deck and the scenario is shown through `TerminalSafe`, as on screen: a handout is read
/// with `cat` too. With ASCII glyphs the whole handout is ASCII.
public enum Handout {
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md"
        case html
        case text = "txt"

        /// The format a file name asks for by its extension, nil for any other.
        public init?(path: String) {
            guard let fileExtension = Self.fileExtension(of: path) else { return nil }
            self.init(rawValue: fileExtension.lowercased())
        }

        /// What follows the last dot of the file's name, nil without one.
        static func fileExtension(of path: String) -> Substring? {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            return path[path.index(after: dot)...]
        }
    }

    /// One slide as the handout shows it.
    struct Page {
        let slide: Slide
        /// The notes with their live figures, as the slide's what-if gives them.
        let notes: String?
        /// A figure slide's figure as text, e.g. "$100.5B (Funding gap over the horizon)".
        let figure: String?
        let canvas: Canvas
    }

    public static let width = 100
    public static let height = 30

    public static func render(_ loaded: LoadedDeck, format: Format, theme: Theme, glyphs: Glyphs = .unicode,
                              engine: SimulationEngine = .standard) -> String {
        let pages = pages(loaded, theme: theme, glyphs: glyphs, engine: engine)
        let sources = sources(of: loaded)
        let handout = switch format {
        case .markdown: markdown(loaded, pages, sources)
        case .text: text(loaded, pages, sources)
        case .html: HandoutHTML(loaded: loaded, palette: Palette(theme: theme, depth: .trueColor)).document(pages, sources: sources)
        }
        return glyphs == .ascii ? ASCIIText.fold(handout) : handout
    }

    /// Every slide at 100×30 as the room saw it, with its notes.
    static func pages(_ loaded: LoadedDeck, theme: Theme, glyphs: Glyphs, engine: SimulationEngine) -> [Page] {
        loaded.deck.slides.indices.map { index in
            var state = DeckState(loaded: loaded, width: width, height: height, theme: theme, glyphs: glyphs)
            state.show(index)
            if let request = state.simulationRequest, let result = engine.result(of: request) {
                state = DeckUpdate.update(state, .simulated(revision: request.revision, result)).0
            }
            return Page(slide: state.slide, notes: state.notes, figure: figureText(of: state), canvas: SlideView.render(state))
        }
    }

    /// What the block letters of a figure slide say, for readers who cannot make them out.
    private static func figureText(of state: DeckState) -> String? {
        if state.slide.kind == .simulation, let result = state.simulation.result, let figure = SimulationSlide.figure(result) {
            return TerminalSafe.escape("\(figure) (\(SimulationSlide.subtitle(result)))")
        }
        guard state.slide.kind == .figure, let figure = state.slide.figure else { return nil }
        let shown = FigureSlide.Figure(figure, in: state.model.analysis).text
        guard case .indicator(let id) = figure, let indicator = state.model.analysis.indicator(id) else {
            return TerminalSafe.escape(shown)
        }
        return TerminalSafe.escape("\(shown) (\(indicator.name))")
    }

    /// The sources of the deck's scenario, then those only a compared scenario (or one of a
    /// league slide) lists.
    static func sources(of loaded: LoadedDeck) -> [Source] {
        var sources = loaded.scenario.sources
        for reference in loaded.deck.slides.flatMap(loaded.deck.references(of:)) {
            for source in loaded.comparisons[reference]?.sources ?? [] where !sources.contains(where: { $0.id == source.id }) {
                sources.append(source)
            }
        }
        return sources
    }

    private static func subtitle(_ loaded: LoadedDeck) -> String {
        "\(TerminalSafe.escape(loaded.scenario.title)), as of \(loaded.scenario.asOf). \(loaded.deck.slides.count) slides."
    }

    private static func shownNotes(_ notes: String) -> String {
        TerminalSafe.escapeKeepingLineBreaks(notes.trimmingTrailingNewlines)
    }

    /// "Publisher, Title, date, address (confidence medium)".
    private static func sourceLine(_ source: Source) -> String {
        source.citation + (source.url.map { ", " + TerminalSafe.escape($0) } ?? "") + " (confidence \(source.confidence.rawValue))"
    }

    private static func markdown(_ loaded: LoadedDeck, _ pages: [Page], _ sources: [Source]) -> String {
        var output = "# \(TerminalSafe.escape(loaded.deck.title))\n\n\(subtitle(loaded))\n"
        for (number, page) in zip(1..., pages) {
            output += "\n## \(number). \(TerminalSafe.escape(page.slide.title))\n\n"
            if let figure = page.figure { output += "Figure: **\(figure)**\n\n" }
            output += "```text\n\(CanvasRenderer.text(page.canvas))\n```\n"
            if let notes = page.notes { output += "\nSpeaker notes: \(shownNotes(notes))\n" }
        }
        output += "\n## Sources\n\n"
        for source in sources {
            let address = source.webAddress.map { ", <\($0)>" } ?? source.url.map { ", " + TerminalSafe.escape($0) } ?? ""
            output += "- `\(TerminalSafe.escape(source.id))`: \(source.citation)\(address) (confidence \(source.confidence.rawValue))\n"
        }
        return output
    }

    private static func text(_ loaded: LoadedDeck, _ pages: [Page], _ sources: [Source]) -> String {
        var output = "\(TerminalSafe.escape(loaded.deck.title))\n\(subtitle(loaded))\n"
        let rule = "\n" + String(repeating: "=", count: width) + "\n"
        for (number, page) in zip(1..., pages) {
            output += rule + "Slide \(number)/\(pages.count): \(TerminalSafe.escape(page.slide.title))\n\n"
            if let figure = page.figure { output += "Figure: \(figure)\n\n" }
            output += CanvasRenderer.text(page.canvas) + "\n"
            if let notes = page.notes {
                output += "\nSpeaker notes:\n" + shownNotes(notes).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "  " + $0 }.joined(separator: "\n") + "\n"
            }
        }
        output += rule + "Sources\n\n"
        for source in sources {
            output += "  \(TerminalSafe.escape(source.id)): \(sourceLine(source))\n"
        }
        return output
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        String(reversed().drop { $0 == "\n" }.reversed())
    }
}
