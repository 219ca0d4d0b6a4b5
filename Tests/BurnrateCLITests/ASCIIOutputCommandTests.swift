import Foundation
import Testing

/// `--ascii` as a user runs it: every byte `snapshot --ascii` and `present --ascii --export`
/// write is below 0x80, on every view and size checked.
@Suite struct ASCIIOutputCommandTests {
    static func nonASCII(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        bytes.filter { $0 >= 0x80 }
    }

    static let snapshots: [[String]] = ["160x48", "120x40", "100x30", "80x24", "60x20"].flatMap { size in
        [["--size", size], ["--size", size, "--format", "ansi"], ["--size", size, "--compare", "openai-2026-02", "openai-2026-03-close"]]
            + ["investors", "capacity", "risk"].map { ["--size", size, "--panel", $0] }
    } + [["--preset", "power-late", "--year", "2028"], ["--scenario", "openai-2026-03-close", "--panel", "capacity"]]

    @Test(arguments: snapshots)
    func snapshot(options: [String]) throws {
        let run = try BurnrateRun.run(["snapshot", "--ascii"] + options)
        #expect(run.status == 0)
        #expect(Self.nonASCII(run.stdout.utf8).isEmpty, "\(options)")
        #expect(run.stdout.contains("x") && !run.stdout.contains("×"))
    }

    @Test(arguments: ["md", "html", "txt"])
    func handout(format: String) throws {
        let directory = try TemporaryDirectory.make()
        let run = try BurnrateRun.run(["present", "--ascii", "--export", "talk.\(format)"], in: directory)
        #expect(run.status == 0)
        let bytes = try Data(contentsOf: directory.appendingPathComponent("talk.\(format)"))
        #expect(bytes.count > 10_000)
        #expect(Self.nonASCII(bytes).isEmpty)
    }

    @Test func deckCheckNamesAnUnknownLiveFigure() throws {
        let deck = "title: Notes\nslides:\n  - view: risk\n    title: Gap\n    notes: |\n      The gap is {indicator:funding.gapp}.\n"
        let directory = try TemporaryDirectory.with(["deck.yaml": Array(deck.utf8)])
        let run = try BurnrateRun.run(["deck", "check", "deck.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stderr == """
            deck.yaml:5:12: slides[0].notes: expected an indicator id in {indicator:ID}, such as funding.gap or ownership.<investor id>, found "{indicator:funding.gapp}" (did you mean "funding.gap"?)

            """)
    }
}
