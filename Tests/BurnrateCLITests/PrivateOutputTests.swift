import Foundation
import Testing

/// `export`, `simulate`, `snapshot --private`, `league --private` and `present --private --export` on
/// Tests/Privacy/quiet.yaml: none of Tests/Privacy/secrets.txt in what they write unless
/// `--reveal` (or no `--private`) asks for the figures.
@Suite struct PrivateOutputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Privacy")
    static let scenario = folder.appendingPathComponent("quiet.yaml").path
    static let secrets = try! String(contentsOf: folder.appendingPathComponent("secrets.txt"), encoding: .utf8)
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        // JSON and CSV write the amount, the round, the loan, the lease and the backlog whole.
        + ["12345670000", "17345670000", "6600000000", "1800000000", "9100000000"]

    static func leaks(_ text: String) -> [String] {
        secrets.filter { text.contains($0) || text.contains($0.replacing("×", with: "x")) }
    }

    static func output(_ arguments: [String]) throws -> String {
        let run = try BurnrateRun.run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
        return run.stdout
    }

    static let commands: [[String]] = ["json", "csv", "markdown"].flatMap { format in
        [["export", "--scenario", scenario, "--format", format],
         ["simulate", "--scenario", scenario, "--format", format, "--paths", "1000", "--threads", "1"]]
    } + ["text", "json", "csv", "markdown"].map { ["league", scenario, "openai-2026-02", "--format", $0] }
      + [["snapshot", "--scenario", scenario, "--size", "160x48"],
         ["snapshot", "--scenario", scenario, "--size", "100x30", "--ascii"],
         ["snapshot", "--scenario", scenario, "--size", "160x48", "--format", "svg"],
         ["snapshot", "--size", "160x48", "--compare", scenario, "openai-2026-02"],
         ["snapshot", "--size", "160x48", "--compare", "openai-2026-02", scenario]]

    @Test(arguments: commands)
    func hiddenUnlessRevealed(arguments: [String]) throws {
        let isSnapshot = arguments[0] == "snapshot" || arguments[0] == "league"
        let hidden = try Self.output(arguments + (isSnapshot ? ["--private"] : []))
        #expect(Self.leaks(hidden) == [], "\(arguments) writes \(Self.leaks(hidden)):\n\(hidden)")
        let shown = try Self.output(arguments + (isSnapshot ? [] : ["--reveal"]))
        #expect(hidden != shown)
        // A simulation's JSON and CSV hold its quantiles whole, none of them a figure of secrets.txt.
        if arguments[0] != "simulate" || arguments.contains("markdown") {
            #expect(Self.leaks(shown) != [], "\(arguments) shows nothing confidential even revealed:\n\(shown)")
        }
    }

    /// A deck on quiet.yaml in `directory`, with `header` after its scenario; its path.
    static func deck(in directory: URL, header: String = "", slides: [String]) throws -> String {
        let deck = directory.appendingPathComponent("deck.yaml").path
        let text = "title: Quiet money\nscenario: \(scenario)\n\(header)slides:\n" + slides.map { "  - \($0)\n" }.joined()
        try text.write(toFile: deck, atomically: true, encoding: .utf8)
        return deck
    }

    @Test func handoutsOfAPrivatePresentation() throws {
        let directory = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deck = try Self.deck(in: directory, slides: [
            #"{view: dashboard, title: All, notes: "coverage {indicator:round.coverage}"}"#,
            "{view: timeline, title: When}",
            "{view: figure, title: Coverage, figure: {indicator: round.coverage}}",
        ])
        for name in ["h.md", "h.html", "h.txt", "h.svg"] {
            let path = directory.appendingPathComponent(name).path
            _ = try Self.output(["present", deck, "--private", "--export", path])
            let written = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("h") }
            for file in written {
                let text = try String(contentsOfFile: directory.appendingPathComponent(file).path, encoding: .utf8)
                #expect(Self.leaks(text) == [], "\(file) writes \(Self.leaks(text))")
                try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
            }
            _ = try Self.output(["present", deck, "--export", path])
            let open = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("h") }
                .map { try String(contentsOfFile: directory.appendingPathComponent($0).path, encoding: .utf8) }.joined()
            #expect(Self.leaks(open) != [], "\(name) without --private")
            for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasPrefix("h") {
                try FileManager.default.removeItem(at: directory.appendingPathComponent(file))
            }
        }
    }

    @Test func aDeckCanSayPrivate() throws {
        let directory = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deck = try Self.deck(in: directory, header: "private: true\n", slides: ["{view: dashboard, title: All}"])
        let path = directory.appendingPathComponent("h.txt").path
        _ = try Self.output(["present", deck, "--export", path])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(Self.leaks(text) == [])
        #expect(text.contains("•••"))
    }

    @Test func privateIsTrueOrFalse() throws {
        let directory = try TemporaryDirectory.make()
        defer { try? FileManager.default.removeItem(at: directory) }
        let deck = directory.appendingPathComponent("deck.yaml").path
        try "title: T\nprivate: yes\nslides:\n  - {view: dashboard, title: All}\n".write(toFile: deck, atomically: true, encoding: .utf8)
        let run = try BurnrateRun.run(["deck", "check", deck])
        #expect(run.status != 0)
        #expect(run.stderr.contains("\(deck):2:10: private: expected true or false, found \"yes\""), "\(run.stderr)")
    }
}
