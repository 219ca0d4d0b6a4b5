import BurnrateModel
import Testing
@testable import BurnrateView

/// The HTML handout shows each slide as its SVG picture on screen and as text in print.
@Suite struct HandoutPictureTests {
    @Test func everySlideIsAPictureOnScreenAndTextInPrint() throws {
        let handout = HandoutTests.handout(.html)
        let page = try #require(SVGDocument(handout))
        let slides = HandoutTests.loaded.deck.slides
        #expect(page.named("figure").count == slides.count)
        #expect(page.named("svg").count == slides.count)
        #expect(page.named("pre").count == slides.count)
        // Each picture follows its slide's heading, labelled with the slide's title or its figure.
        let labels = page.named("figure").map { $0.attributes["aria-label"] ?? "" }
        #expect(labels[0] == "OpenAI keeps burning money. Vision or risk?")
        #expect(labels[6] == "$104.5B–$154.5B (Funding gap over the horizon)")
        let picture = SVGRenderer.svg(HandoutTests.pages()[2].canvas, palette: Palette(theme: HandoutTests.theme, depth: .trueColor))
        #expect(handout.contains("<h2>3. Who pays: four strategic investors</h2>\n<figure class=\"picture\" role=\"img\" "
                                 + "aria-label=\"Who pays: four strategic investors\">\n" + picture + "</figure>\n<pre>"))
        #expect(handout.contains("@media screen { section > pre { display: none; } }"))
        #expect(handout.contains("  .picture { display: none; }\n}"))
    }

    /// Pictures are numbered after the file asked for, with as many digits as the last number
    /// needs (at least two), so that they sort in order.
    @Test func picturesAreNumberedAfterTheFileAskedFor() {
        #expect(SlidePictures.paths(for: "talk/deck.svg", count: 3) == ["talk/deck-01.svg", "talk/deck-02.svg", "talk/deck-03.svg"])
        #expect(SlidePictures.paths(for: "Deck.SVG", count: 1) == ["Deck-01.SVG"])
        let hundred = SlidePictures.paths(for: "d.svg", count: 100)
        #expect([hundred[0], hundred[9], hundred[99]] == ["d-001.svg", "d-010.svg", "d-100.svg"])
        #expect([SlidePictures.isPicture(path: "a.svg"), SlidePictures.isPicture(path: "a.Svg"),
                 SlidePictures.isPicture(path: "svg"), SlidePictures.isPicture(path: "x.svg/a.md")] == [true, true, false, false])
    }
}
