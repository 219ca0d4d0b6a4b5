import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `burnrate snapshot --format svg` and `burnrate present --export deck.svg`, run as a user would.
@Suite struct SVGCommandTests {
    /// The texts of an SVG document in order, nil when it is not well-formed XML.
    static func texts(_ svg: String) -> [String]? {
        final class Texts: NSObject, XMLParserDelegate {
            var texts: [String] = []
            var inText = false
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                inText = name == "text"
                if inText { texts.append("") }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if inText { texts[texts.count - 1] += string }
            }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                inText = false
            }
        }
        let parser = XMLParser(data: Data(svg.utf8))
        let reader = Texts()
        parser.delegate = reader
        return parser.parse() ? reader.texts : nil
    }

    /// 80 × 24 cells of 12 × 24 units in a margin of 24: 1008 × 624, on the theme's background.
    @Test func snapshotDrawsTheFrameAsAnSVG() throws {
        let run = try BurnrateRun.run(["snapshot", "--format", "svg", "--size", "80x24"], environment: ["NO_COLOR": ""])
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("""
            <svg xmlns="http://www.w3.org/2000/svg" width="1008" height="624" viewBox="0 0 1008 624">
            <rect width="1008" height="624" fill="#11111b"/>

            """))
        let texts = try #require(Self.texts(run.stdout))
        #expect(texts.contains("1 Investors"))
        #expect(texts.contains("OpenAI's $100B+ round, as Bloombe…"))
    }

    /// NO_COLOR draws in the terminal's own colours, as a picture black on white; --depth and
    /// --theme are honoured as for ansi.
    @Test func snapshotTakesTheDepthAndTheTheme() throws {
        let mono = try BurnrateRun.run(["snapshot", "--format", "svg", "--size", "80x24"], environment: ["NO_COLOR": "1"])
        #expect(mono.stdout.contains("<rect width=\"1008\" height=\"624\" fill=\"#ffffff\"/>"))
        let light = try BurnrateRun.run(["snapshot", "--format", "svg", "--size", "80x24", "--theme", "light", "--ascii"])
        #expect(light.status == 0)
        #expect(light.stdout.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(Self.texts(light.stdout) != nil)
    }

    /// One picture a slide, numbered, written whole; nothing else left in the folder.
    @Test func presentExportsEverySlideAsAPicture() throws {
        let directory = try TemporaryDirectory.make()
        let run = try BurnrateRun.run(["present", "--export", "deck.svg"], in: directory)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(run.stdout == "wrote 13 slides to deck-01.svg … deck-13.svg\n")
        let names = (1...13).map { "deck-" + ($0 < 10 ? "0" : "") + "\($0).svg" }
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".std") }
        #expect(left.sorted() == names)
        var firstTexts: [String] = []
        for name in names {
            let svg = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            let texts = try #require(Self.texts(svg), "\(name) is not well-formed")
            firstTexts.append(texts.first ?? "")
        }
        // Each slide's title is its first text; the simulation slide's is not in the list.
        #expect(firstTexts.filter(PresentCommandTests.titles.contains) == PresentCommandTests.titles)
        #expect(firstTexts[11] == "How likely is a shortfall?")
    }
}
