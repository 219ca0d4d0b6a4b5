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

    static func handout(_ format: Handout.Format) -> String {
        Handout.render(loaded, format: format, theme: theme)
    }

    @Test(arguments: Handout.Format.allCases)
    func everySlidesTitleAndNotesAreInTheHandout(format: Handout.Format) {
        let handout = Self.handout(format)
        let escape = format == .html ? HandoutHTML.escaped : { $0 }
        for slide in Self.loaded.deck.slides {
            #expect(handout.contains(escape(slide.title)), "missing title \(slide.title)")
            let firstLineOfNotes = String(slide.notes!.prefix { $0 != "\n" })
            #expect(handout.contains(escape(firstLineOfNotes)), "missing notes of \(slide.title)")
        }
    }

    @Test func theTextHandoutShowsEachSlideAsDrawnAtOneHundredByThirty() {
        var state = DeckState(loaded: Self.loaded, width: 100, height: 30, theme: Self.theme)
        state.show(5)
        let drawn = CanvasRenderer.text(SlideView.render(state))
        let handout = Self.handout(.text)
        #expect(handout.contains("Slide 6/12: Commitments against revenue\n\n" + drawn + "\n"))
        // Without a clock, the footer gives the slide number only.
        #expect(drawn.hasSuffix("6/12"))
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
        #expect(handout.components(separatedBy: "<pre>").count - 1 == Self.loaded.deck.slides.count)
    }

    /// The page and the cells take the theme's colours at 24-bit depth.
    @Test func theHTMLHandoutUsesTheThemesColours() {
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
