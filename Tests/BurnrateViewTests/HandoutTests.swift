import BurnrateModel
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import BurnrateView

@Suite struct HandoutTests {
    static let loaded = try! DeckCatalog.load(BuiltInDecks.defaultName)
    static let theme = BuiltInThemes.named("default")

    /// With the stand-in engine: the simulation slide shows the hand-made result.
    static func handout(_ format: Handout.Format) -> String {
        Handout.render(loaded, format: format, theme: theme, engine: SimulationProgramTests.engine())
    }

    /// The handout's pages, drawn with the stand-in engine.
    static func pages() -> [Handout.Page] {
        Handout.pages(loaded, theme: theme, glyphs: .unicode, engine: SimulationProgramTests.engine())
    }

    /// The built-in deck at 100×30 on slide `index` (from 0), with that slide's what-if.
    static func deckState(showing index: Int) -> DeckState {
        var state = DeckState(loaded: loaded, width: 100, height: 30, theme: theme)
        state.show(index)
        return state
    }

    @Test(arguments: Handout.Format.allCases)
    func everySlidesTitleAndNotesAreInTheHandout(format: Handout.Format) {
        let handout = Self.handout(format)
        let escape = format == .html ? HandoutHTML.escaped : { $0 }
        for (index, slide) in Self.loaded.deck.slides.enumerated() {
            #expect(handout.contains(escape(slide.title)), "missing title \(slide.title)")
            let firstLineOfNotes = String(Self.deckState(showing: index).notes!.prefix { $0 != "\n" })
            #expect(handout.contains(escape(firstLineOfNotes)), "missing notes of \(slide.title)")
        }
    }

    /// Notes quote the model live: the funding gap of the built-in scenario is $104.5B with all
    /// $100B and $154.5B with its firm money only, and $15B more at both ends on the slide that
    /// takes SoftBank at half (the $15B it holds back).
    @Test func notesShowTheFiguresOfTheSlidesWhatIf() throws {
        let gapSlide = try #require(Self.loaded.deck.slides.firstIndex { $0.title == "The funding gap" })
        #expect(Self.loaded.deck.slides[gapSlide].notes?.contains("is {indicator:funding.gap} short") == true)
        #expect(Self.deckState(showing: gapSlide).notes?.contains("is $104.5B–$154.5B short at the\nlow point in 2029") == true)
        #expect(Self.deckState(showing: gapSlide).notes?.contains("The round buys\n1.5–2.2 years of runway.") == true)
        let stressSlide = try #require(Self.loaded.deck.slides.firstIndex { $0.whatIf?.preset?.id == "softbank-half" })
        // Coverage: at most (50 + 15 + 20) ÷ 100 = 0.85; the gap 104.5 + 15 to 154.5 + 15.
        #expect(Self.deckState(showing: stressSlide).notes?.contains("coverage is now\n≤ 0.85× and the gap $119.5B–$169.5B.") == true)
    }

    /// A what-if the presenter applies on the slide moves the figures in its notes, and what a
    /// notes terminal is sent with them.
    @Test func notesFollowTheWhatIfOnScreen() throws {
        let gapSlide = try #require(Self.loaded.deck.slides.firstIndex { $0.title == "The funding gap" })
        var state = Self.deckState(showing: gapSlide)
        // SoftBank delivering nothing holds back its $30B: the gap is 104.5 + 30 = $134.5B with
        // all of the rest, 154.5 + 30 = $184.5B with its firm money only.
        state.model.adjust(try WhatIfSetting.apply("investors.softbank.realisation=0", to: WhatIf()))
        #expect(state.notes?.contains("is $134.5B–$184.5B short") == true)
        #expect(NotesMessage(state).notes.contains("is $134.5B–$184.5B short"))
        state.resetWhatIf()
        #expect(NotesMessage(state).notes.contains("is $104.5B–$154.5B short"))
    }

    @Test func notesInTheHandoutCarryTheFigures() {
        #expect(Self.handout(.text).contains("  (CNBC), cash runs out before 2030 and is $104.5B–$154.5B short at the\n"))
        #expect(Self.handout(.markdown).contains("{indicator:") == false)
    }

    @Test(arguments: Handout.Format.allCases)
    func theHandoutEndsWithItsSources(format: Handout.Format) {
        let handout = Self.handout(format)
        let sources = Self.loaded.scenario.sources.map(\.id) + ["openai-close"]   // the compare slide's scenario
        for id in sources { #expect(handout.contains(id), "missing source \(id)") }
        switch format {
        case .markdown:
            #expect(handout.contains("\n## Sources\n\n- `article`: Bloomberg (via the article), OpenAI verbrennt weiterhin Geld – Vision oder Risiko?, 2026-02 (confidence medium)\n"))
        case .text:
            #expect(handout.contains("\nSources\n\n  article: Bloomberg (via the article), OpenAI verbrennt weiterhin Geld – Vision oder Risiko?, 2026-02 (confidence medium)\n"))
        case .html:
            #expect(handout.contains("<h2>Sources</h2>\n<ul>\n<li><code>article</code>: Bloomberg (via the article), OpenAI verbrennt weiterhin Geld – Vision oder Risiko?, 2026-02 (confidence medium)</li>\n"))
        }
        #expect(handout.hasSuffix(format == .html ? "</ul>\n</section>\n</body>\n</html>\n" : "(confidence high)\n"))
    }

    /// A source's web address is a link; one that is not http(s) never becomes one.
    @Test func sourceAddressesAreLinkedOnlyWhenSafe() {
        var loaded = Self.loaded
        loaded.scenario.sources[0].url = "https://example.com/round?a=1&b=2"
        loaded.scenario.sources[1].url = "javascript:alert(1)"
        let html = Handout.render(loaded, format: .html, theme: Self.theme)
        #expect(html.contains(", <a href=\"https://example.com/round?a=1&amp;b=2\">https://example.com/round?a=1&amp;b=2</a> (confidence medium)</li>"))
        #expect(html.contains(", javascript:alert(1) (confidence low)</li>"))
        #expect(Handout.render(loaded, format: .markdown, theme: Self.theme).contains(", <https://example.com/round?a=1&b=2> (confidence medium)\n"))
    }

    /// Printed, the page is dark on white whatever the theme's colours on screen.
    @Test func theHTMLHandoutPrintsOnWhite() {
        let handout = Self.handout(.html)
        #expect(handout.contains("""
            @media print {
              body, pre { background-color: #ffffff !important; color: #000000 !important; }
              pre span { background-color: transparent !important; color: #000000 !important; opacity: 1 !important; }
            """))
    }

    /// A big figure is there as text too, beside its block letters: for a reader, a search and
    /// a screen reader.
    @Test(arguments: Handout.Format.allCases)
    func bigFiguresAreAlsoText(format: Handout.Format) {
        let handout = Self.handout(format)
        switch format {
        case .markdown: #expect(handout.contains("## 7. The funding gap\n\nFigure: **$104.5B–$154.5B (Funding gap over the horizon)**\n\n```text\n"))
        case .text: #expect(handout.contains("Slide 7/13: The funding gap\n\nFigure: $104.5B–$154.5B (Funding gap over the horizon)\n\n"))
        case .html:
            #expect(handout.contains("<p class=\"figure\">Figure: <strong>$104.5B–$154.5B (Funding gap over the horizon)</strong></p>\n"
                                     + "<pre role=\"img\" aria-label=\"$104.5B–$154.5B (Funding gap over the horizon): "
                                     + "the deepest cash shortfall before 2030, with all of the round or only its firm money\">"))
        }
        #expect(handout.contains("Figure: " + (format == .markdown ? "**$100B+**" : format == .html ? "<strong>$100B+</strong>" : "$100B+")))
    }

    @Test func theTextHandoutShowsEachSlideAsDrawnAtOneHundredByThirty() {
        var state = DeckState(loaded: Self.loaded, width: 100, height: 30, theme: Self.theme)
        state.show(5)
        let drawn = CanvasRenderer.text(SlideView.render(state))
        let handout = Self.handout(.text)
        #expect(handout.contains("Slide 6/13: Commitments against revenue\n\nFigure: 44.9× (Infrastructure commitments ÷ annual revenue)\n\n"
                                 + drawn + "\n"))
        // Without a clock, the footer gives the slide number only.
        #expect(drawn.hasSuffix("6/13"))
    }

    @Test func theMarkdownHandoutFencesEachSlide() {
        let handout = Self.handout(.markdown)
        #expect(handout.hasPrefix("# OpenAI's $100B+ round: who pays, for what capacity, at what risk\n"))
        #expect(handout.components(separatedBy: "```text\n").count - 1 == Self.loaded.deck.slides.count)
    }

    /// A strict XML parser reads the whole page: every tag closed, every & < > escaped.
    @Test func theHTMLHandoutIsWellFormed() throws {
        let handout = Self.handout(.html)
        let parser = XMLParser(data: Data(handout.utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
        #expect(handout.components(separatedBy: "</pre>").count - 1 == Self.loaded.deck.slides.count)
    }

    /// The page and the cells take the theme's colours at 24-bit depth.
    @Test func theHTMLHandoutUsesTheThemesColors() {
        let palette = Palette(theme: Self.theme, depth: .trueColor)
        guard case let .rgb(red, green, blue) = palette.color(.background) else {
            Issue.record("the default theme's background is not an rgb colour")
            return
        }
        let background = "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        let handout = Self.handout(.html)
        #expect(handout.contains("body { background-color: \(background);"))
        #expect(handout.contains("<span style=\"color:"))
    }

    @Test func escapingCoversMarkupCharacters() {
        #expect(HandoutHTML.escaped(#"R&D <b> "x""#) == "R&amp;D &lt;b&gt; &quot;x&quot;")
    }

    @Test func theFormatComesFromTheFileExtension() {
        #expect(Handout.Format(path: "talk.md") == .markdown)
        #expect(Handout.Format(path: "out/talk.HTML") == .html)
        #expect(Handout.Format(path: "talk.txt") == .text)
        #expect(Handout.Format(path: "talk.pdf") == nil)
        #expect(Handout.Format(path: "dir.md/talk") == nil)
    }
}
