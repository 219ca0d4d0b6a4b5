import Foundation
import Testing

/// `burnrate deck …` and `burnrate present --export`, run as a user would.
@Suite struct PresentCommandTests {
    static let titles = [
        "OpenAI keeps burning money. Vision or risk?", "The round", "Who pays: four strategic investors",
        "Circular financing", "For what capacity: multi-cloud", "Commitments against revenue", "The funding gap",
        "Power, cooling, network", "Stress: SoftBank delivers half", "The timeline to 2028",
        "As the article reported it, and as the round closed", "What to watch",
    ]

    @Test func deckListNamesTheBuiltInDeck() throws {
        let run = try BurnrateRun.run(["deck", "list"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            openai-2026-02  (default)
                OpenAI's $100B+ round: who pays, for what capacity, at what risk (13 slides)

            """)
    }

    @Test func deckShowPrintsYAMLThatChecksClean() throws {
        let show = try BurnrateRun.run(["deck", "show", "openai-2026-02"])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("# openai-2026-02: "))
        let directory = try TemporaryDirectory.with(["mine.yaml": Array(show.stdout.utf8)])
        let check = try BurnrateRun.run(["deck", "check", "mine.yaml"], in: directory)
        #expect(check.stderr == "")
        #expect(check.stdout == "mine.yaml: ok (13 slides on openai-2026-02)\n")
        #expect(check.status == 0)
    }

    @Test func deckCheckReportsEveryProblem() throws {
        let deck = "title: Broken\nslides:\n  - {view: pie, title: One}\n  - {view: risk, title: Two, year: 2040}\n"
        let directory = try TemporaryDirectory.with(["broken.yaml": Array(deck.utf8)])
        let run = try BurnrateRun.run(["deck", "check", "broken.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == """
            broken.yaml:3:12: slides[0].view: expected one of dashboard, investors, capacity, risk, timeline, compare, figure, text, simulation, league, found "pie"
            broken.yaml:4:36: slides[1].year: expected a year of the scenario's horizon, 2026 to 2030, found "2040"

            """)
    }

    @Test(arguments: ["md", "html", "txt"])
    func exportWritesEverySlideWithItsTitle(format: String) throws {
        let directory = try TemporaryDirectory.make()
        let run = try BurnrateRun.run(["present", "--export", "handout.\(format)"], in: directory)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        #expect(run.stdout == "wrote 13 slides to handout.\(format)\n")
        let handout = try String(contentsOf: directory.appendingPathComponent("handout.\(format)"), encoding: .utf8)
        for title in Self.titles {
            let written = format == "html" ? title.replacingOccurrences(of: "\"", with: "&quot;") : title
            #expect(handout.contains(written), "missing \(title)")
        }
        // Written beside the target and renamed over it: no temporary file is left behind.
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".std") }
        #expect(left == ["handout.\(format)"])
    }

    /// Python's strict XML parser reads the HTML handout, so every tag is closed and every
    /// markup character escaped.
    @Test func theHTMLHandoutParses() throws {
        let directory = try TemporaryDirectory.make()
        _ = try BurnrateRun.run(["present", "--theme", "light", "--export", "handout.html"], in: directory)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])",
                            directory.appendingPathComponent("handout.html").path]
        try python.run()
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
    }

    @Test func exportRefusesAnUnknownExtension() throws {
        let run = try BurnrateRun.run(["present", "--export", "handout.pdf"])
        #expect(run.status == 1)
        #expect(run.stderr == "--export handout.pdf: expected a file ending in .md, .html, .txt or .svg\n")
    }

    @Test func presentingWithoutATerminalPointsToTheHandout() throws {
        let run = try BurnrateRun.run(["present"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("burnrate: presenting needs a terminal"))
    }

    @Test func anUnknownDeckListsTheBuiltInOnes() throws {
        let run = try BurnrateRun.run(["present", "nope", "--export", "x.md"])
        #expect(run.status == 1)
        #expect(run.stderr == "nope: no deck file at this path and no built-in deck of this name (built in: openai-2026-02)\n")
    }
}
