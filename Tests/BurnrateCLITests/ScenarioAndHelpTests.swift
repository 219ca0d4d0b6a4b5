import Foundation
import Testing

/// `burnrate scenario …` and `--help` on every command (`--version`: VersionTests).
@Suite struct ScenarioAndHelpTests {
    @Test func listNamesTheBuiltInScenarios() throws {
        let run = try BurnrateRun.run(["scenario", "list"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            openai-2026-02  (default)
                OpenAI's $100B+ round, as Bloomberg reported it
            openai-2026-03-close
                OpenAI's round as it closed: $122B at $852B
            openai-2026-07
                OpenAI in July 2026: the round being paid, the IPO filed
            anthropic-2026-02
                Anthropic's $30B Series G at $380B
            anthropic-2026-05
                Anthropic's $65B Series H, with Amazon's and Google's April money
            xai-2026
                xAI in SpaceX: the Series E, the chip vehicle and the debt
            coreweave-2026
                CoreWeave: debt, a $66.8B backlog, and Nvidia in three roles

            """)
    }

    @Test(arguments: ["openai-2026-02", "openai-2026-03-close", "openai-2026-07", "anthropic-2026-02", "anthropic-2026-05",
                      "xai-2026", "coreweave-2026"])
    func showPrintsYAMLThatPassesCheckStrict(name: String) throws {
        let show = try BurnrateRun.run(["scenario", "show", name])
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("# \(name): "))
        let directory = try TemporaryDirectory.with(["mine.yaml": Array(show.stdout.utf8)])
        let check = try BurnrateRun.run(["check", "mine.yaml"], in: directory)
        #expect(check.status == 0)
        #expect(check.stdout.hasPrefix("mine.yaml: ok (\(name): "))
        // No error and no warning: --strict passes too.
        let strict = try BurnrateRun.run(["check", "--strict", "mine.yaml"], in: directory)
        #expect(strict.status == 0, "\(strict.stderr)")
        #expect(strict.stdout == check.stdout)
        #expect(check.stderr.isEmpty && strict.stderr.isEmpty, "\(check.stderr)")
        // and the file exports as the built-in does
        let fromFile = try BurnrateRun.run(["export", "--scenario", "mine.yaml"], in: directory)
        let builtIn = try BurnrateRun.run(["export", "--scenario", name])
        #expect(fromFile.status == 0)
        #expect(fromFile.stdout == builtIn.stdout)
    }

    @Test func showOfAnUnknownScenario() throws {
        let run = try BurnrateRun.run(["scenario", "show", "openai-2027"])
        #expect(run.status == 1)
        #expect(run.stderr == #"no built-in scenario named openai-2027 (did you mean "openai-2026-07"?) "#
            + "(built in: openai-2026-02, openai-2026-03-close, openai-2026-07, anthropic-2026-02, anthropic-2026-05, "
            + "xai-2026, coreweave-2026)\n")
    }

    @Test func presetsListsEveryPreset() throws {
        let run = try BurnrateRun.run(["scenario", "presets"])
        #expect(run.status == 0)
        let ids = run.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(ids == ["softbank-half", "conditional-money-fails", "circular-unwind", "revenue-flat", "burn-overrun",
                        "power-late", "gpu-scarcity", "largest-cloud-fails", "valuation-reset"])
        #expect(run.stdout.contains("softbank-half\n    SoftBank delivers half: "))
    }

    struct HelpCase: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var mentions: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let helpCases = [
        HelpCase(arguments: ["--help"], mentions: ["USAGE: burnrate", "dashboard", "check", "export", "scenario", "--version"]),
        HelpCase(arguments: ["dashboard", "--help"], mentions: ["--scenario <name|file>", "--preset <name>", "--set <path=value>", "--year <year>"]),
        HelpCase(arguments: ["check", "--help"], mentions: ["USAGE: burnrate check [--strict] [--fail-on <level>] <file> ...", "FILE:LINE:COLUMN", "--fail-on", "Exit 3",
                                                            "FILE:LINE:COLUMN: warning:", "--strict", "Exit 4"]),
        HelpCase(arguments: ["export", "--help"], mentions: ["--scenario <name|file>", "--preset <name>", "--set <path=value>",
                                                             "--year <year>", "--format <format>", "json", "csv", "markdown"]),
        HelpCase(arguments: ["scenario", "--help"], mentions: ["list", "show", "presets"]),
        HelpCase(arguments: ["scenario", "list", "--help"], mentions: ["USAGE: burnrate scenario list"]),
        HelpCase(arguments: ["scenario", "show", "--help"], mentions: ["USAGE: burnrate scenario show [<name>]", "mine.yaml"]),
        HelpCase(arguments: ["scenario", "presets", "--help"], mentions: ["USAGE: burnrate scenario presets"]),
        HelpCase(arguments: ["keys", "--help"], mentions: ["USAGE: burnrate keys [--format <format>]", "{\"mode\", \"action\", \"keys\", \"help\"}"]),
        HelpCase(arguments: ["present", "--help"], mentions: ["right space pgdn: next slide;", "q ctrl-c: quit."]),
    ]

    @Test(arguments: helpCases)
    func helpExitsZeroAndNamesTheOptions(_ help: HelpCase) throws {
        let run = try BurnrateRun.run(help.arguments)
        #expect(run.status == 0)
        for text in help.mentions {
            #expect(run.stdout.contains(text), "\(text) missing from:\n\(run.stdout)")
        }
    }
}
