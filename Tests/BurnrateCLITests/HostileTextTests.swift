import Foundation
import Testing

/// Every command that prints text from a file, fed files whose names, keys and values hold
/// every C0, DEL, C1, bidirectional and invisible format character: no output holds one raw
/// (bar the line breaks and tabs of the format itself, and the colour sequences of an ANSI
/// snapshot), and the text is shown escaped rather than dropped.
@Suite struct HostileTextTests {
    /// The valid scenario with hostile text in every free-text field.
    static let scenario = ScenarioTexts.valid
        .replacing("title: Mini", with: "title: \(HostileText.yaml("title"))")
        .replacing("company: Mini", with: "company: \(HostileText.yaml("company"))")
        .replacing("name: Series A", with: "name: \(HostileText.yaml("round"))")
        .replacing("name: Acme", with: "name: \(HostileText.yaml("investor"))")
        .replacing("publisher: Pub, title: T,", with: "publisher: \(HostileText.yaml("publisher")), title: \(HostileText.yaml("source")),")
        .replacing("provider: AWS", with: "provider: \(HostileText.yaml("provider"))")

    /// Problems whose diagnostics quote hostile keys and values.
    static let broken = ScenarioTexts.valid
        .replacing("title: Mini", with: "title: Mini\n\(HostileText.yaml("key")): 1")
        .replacing("currency: USD", with: "currency: \(HostileText.yaml("currency"))")
        .replacing("amount: 5B", with: "amount: \(HostileText.yaml("amount"))")

    static let deck = """
        title: \(HostileText.yaml("deck"))
        scenario: hostile.yaml
        slides:
          - {view: text, title: \(HostileText.yaml("text-slide")), body: \(HostileText.yaml("body")), notes: \(HostileText.yaml("notes"))}
          - {view: figure, title: \(HostileText.yaml("figure-slide")), figure: \(HostileText.yaml("figure")), caption: \(HostileText.yaml("caption"))}
          - {view: investors, title: \(HostileText.yaml("investors-slide")), notes: \(HostileText.yaml("more-notes"))}

        """

    static let theme = """
        name: \(HostileText.yaml("theme"))
        description: \(HostileText.yaml("about"))
        colors: {background: default, text: default, muted: 8, border: 8, title: 12, accent: 12, selection: 8,
                 ok: 2, watch: 3, alert: 1, series: [4, 5]}

        """

    /// A theme whose unknown key is hostile: checked as a theme, it is named in a diagnostic.
    static let brokenTheme = theme + "\(HostileText.yaml("key")): 1\n"

    /// Asserts that `output` holds nothing raw, and that `labels` are shown with their escapes.
    static func expectSafe(_ output: String, allowing: Set<UInt32> = [0x0A], showing labels: [String],
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(HostileText.raw(in: output, allowing: allowing) == [], sourceLocation: sourceLocation)
        for label in labels {
            #expect(output.contains(label + #"\0\u{01}"#), "\(label) is shown escaped", sourceLocation: sourceLocation)
        }
    }

    static func directory() throws -> URL {
        try TemporaryDirectory.with(["hostile.yaml": Array(scenario.utf8), "broken.yaml": Array(broken.utf8),
                                     "deck.yaml": Array(deck.utf8), "theme.yaml": Array(theme.utf8),
                                     "broken-theme.yaml": Array(brokenTheme.utf8)])
    }

    @Test func checkOfBrokenFileKeepsEachDiagnosticOnOneLine() throws {
        let name = "broken\u{1B}[2J\u{202E}.yaml"
        let directory = try Self.directory()
        try FileManager.default.copyItem(at: directory.appendingPathComponent("broken.yaml"),
                                         to: directory.appendingPathComponent(name))
        let run = try BurnrateRun.run(["check", name, "hostile.yaml"], in: directory)
        #expect(run.status == 1)
        Self.expectSafe(run.stderr, showing: ["key"])
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 3, "one line per problem: the key, the currency, the amount")
        #expect(lines.allSatisfy { $0.hasPrefix(#"broken\e[2J\u{202E}.yaml:"#) })
        #expect(run.stdout == "hostile.yaml: ok (mini: 1 investor, 1 contract, 0 sites)\n")
    }

    /// argument-parser quotes an unknown option back from the command line.
    @Test func anUnknownOptionIsQuotedEscaped() throws {
        let run = try BurnrateRun.run(["check", "x.yaml", "--\u{1B}]0;owned\u{07}\u{202E}x"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix(#"Error: Unknown option '--\e]0;owned\u{07}\u{202E}x'"#), "\(run.stderr)")
        #expect(!run.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
        #expect(run.stdout.isEmpty)
    }

    @Test func helpStillGoesToStandardOutput() throws {
        let run = try BurnrateRun.run(["check", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("OVERVIEW: "), "\(run.stdout.prefix(80))")
        #expect(run.stderr.isEmpty)
    }

    /// The symptom of the issue: a key holding a line break split its diagnostic in two.
    @Test func aKeyWithALineBreakIsOneDiagnosticLine() throws {
        let text = ScenarioTexts.valid.replacing("title: Mini", with: "title: Mini\n\"a\\nb\": 1\n\"c\\r\\nd\": 2")
        let directory = try TemporaryDirectory.with(["s.yaml": Array(text.utf8)])
        let run = try BurnrateRun.run(["check", "s.yaml"], in: directory)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines.last == "", "two diagnostics, two lines:\n\(run.stderr)")
        #expect(lines.first?.hasPrefix(#"s.yaml:3:1: a\nb: "#) == true)
        #expect(lines.dropFirst().first?.hasPrefix(#"s.yaml:4:1: c\r\nd: "#) == true)
        #expect(HostileText.raw(in: run.stderr, allowing: [0x0A]) == [])
    }

    @Test func exportAsJSONIsLosslessAndSafe() throws {
        let run = try BurnrateRun.run(["export", "--scenario", "hostile.yaml", "--format", "json"], in: try Self.directory())
        #expect(run.status == 0)
        Self.expectSafe(run.stdout, showing: [])
        #expect(run.stdout.contains(#""title": "title\u0000\u0001"#))
        #expect(run.stdout.contains(#"\u009f\u061c\u200e"#))
        #expect(run.stdout.contains(#"\ufeff\udb40\udc41""#))
        let scenario = try run.json().object("scenario")
        #expect(scenario.string("title") == HostileText.text("title"))
        #expect(scenario.string("company") == HostileText.text("company"))
    }

    @Test(arguments: ["csv", "markdown"])
    func exportAsText(format: String) throws {
        let run = try BurnrateRun.run(["export", "--scenario", "hostile.yaml", "--format", format], in: try Self.directory())
        #expect(run.status == 0)
        Self.expectSafe(run.stdout, showing: format == "csv" ? [] : ["title", "company", "source", "publisher"])
        if format == "csv" {
            #expect(run.stdout.split(separator: "\n").allSatisfy { !$0.hasPrefix("\"") }, "every record on one line")
        }
    }

    @Test(arguments: ["text", "markdown", "csv", "json"])
    func league(format: String) throws {
        let run = try BurnrateRun.run(["league", "hostile.yaml", "openai-2026-02", "--format", format], in: try Self.directory())
        #expect(run.status == 0)
        Self.expectSafe(run.stdout, showing: format == "markdown" ? ["title", "company"] : [])
        if format == "json" {
            let mini = try run.json().array("scenarios").with(id: "mini")
            #expect(mini.string("title") == HostileText.text("title") && mini.string("company") == HostileText.text("company"))
        }
    }

    @Test(arguments: ["text", "ansi"], ["", "investors", "capacity", "risk"])
    func snapshot(format: String, panel: String) throws {
        let arguments = ["snapshot", "--scenario", "hostile.yaml", "--theme", "theme.yaml", "--size", "200x50", "--format", format]
            + (panel.isEmpty ? [] : ["--panel", panel])
        let run = try BurnrateRun.run(arguments, in: try Self.directory())
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let output = format == "ansi" ? run.stdout.replacing(/\x1B\[[0-9;]*m/, with: "") : run.stdout
        Self.expectSafe(output, showing: ["": ["title", "investor", "provider"], "investors": ["title", "investor"],
                                            "capacity": ["title", "provider"], "risk": ["title"]][panel]!)
    }

    @Test(arguments: ["md", "html", "txt"])
    func handouts(format: String) throws {
        let directory = try Self.directory()
        let run = try BurnrateRun.run(["present", "deck.yaml", "--export", "handout.\(format)"], in: directory)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        let handout = try String(contentsOf: directory.appendingPathComponent("handout.\(format)"), encoding: .utf8)
        Self.expectSafe(handout, showing: ["deck", "text-slide", "notes", "body", "figure-slide", "caption", "investor"])
    }

    @Test func deckCheck() throws {
        let run = try BurnrateRun.run(["deck", "check", "deck.yaml"], in: try Self.directory())
        #expect(run.stderr == "")
        #expect(run.stdout == "deck.yaml: ok (3 slides on mini)\n")
        let broken = try BurnrateRun.run(["deck", "check", "broken.yaml"], in: try Self.directory())
        #expect(broken.status == 1)
        Self.expectSafe(broken.stderr, showing: [])
    }

    @Test func themes() throws {
        let directory = try Self.directory()
        let check = try BurnrateRun.run(["themes", "list", "--check", "theme.yaml", "broken-theme.yaml"], in: directory)
        #expect(check.status == 1)
        Self.expectSafe(check.stdout + check.stderr, showing: ["theme", "key"])
        let folder = directory.appendingPathComponent("config/burnrate/themes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.theme.utf8).write(to: folder.appendingPathComponent("mine\u{1B}]0;owned\u{7}.yaml"))
        let list = try BurnrateRun.run(["themes", "list"], in: directory,
                                       environment: ["XDG_CONFIG_HOME": directory.appendingPathComponent("config").path])
        #expect(list.status == 0)
        Self.expectSafe(list.stdout, showing: ["about"])
        #expect(list.stdout.contains(#"mine\e]0;owned\u{07}"#))
    }

    @Test func aHostileFileNameInAnError() throws {
        let run = try BurnrateRun.run(["export", "--scenario", "missing\u{1B}[2J\u{9B}.yaml"])
        #expect(run.status != 0)
        #expect(HostileText.raw(in: run.stderr, allowing: [0x0A]) == [])
        #expect(run.stderr.contains(#"missing\e[2J\u{9B}.yaml"#))
    }
}
