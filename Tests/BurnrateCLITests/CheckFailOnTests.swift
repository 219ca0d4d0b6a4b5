import Foundation
import Testing

/// `burnrate check --fail-on watch|alert FILE...`: exit 3 and one line per indicator at the level
/// or worse, for pipelines; the other exit codes keep their meaning.
@Suite struct CheckFailOnTests {
    /// Every indicator ok: the minimal scenario with five investors of 2B each, all funded,
    /// against an 8B target; four providers of 5B each; a quarter of the burn.
    static let benign = ScenarioTexts.valid
        .replacing("  target: 10B\n  investors:\n    - id: acme\n      name: Acme\n      amount: 5B\n      instrument: cash\n      status: reported\n",
                   with: "  target: 8B\n  investors:\n" + "abcde".map { "    - {id: \($0), name: \($0), amount: 2B, instrument: cash, status: funded}\n" }.joined())
        .replacing("  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article}\n",
                   with: ["AWS", "Google", "Azure", "Oracle"].map { "  - {id: \($0), provider: \($0), kind: cloud, value: 5B, status: signed, source: article}\n" }.joined())
        .replacing("burn: -8B", with: "burn: -2B")

    /// A built-in scenario as `scenario show` prints it, in a file of its own.
    static func builtIn(_ name: String) throws -> URL {
        let shown = try BurnrateRun.run(["scenario", "show", name])
        #expect(shown.status == 0)
        return try TemporaryDirectory.with(["builtin.yaml": Array(shown.stdout.utf8)])
    }

    static let articleAlerts = """
        builtin.yaml: round.realisation: alert 0.0 % (threshold < 25.0 %)
        builtin.yaml: suppliers.hhi: alert 4,453 (threshold > 4,000)
        builtin.yaml: suppliers.largest_share: alert 51.0 % (threshold > 50.0 %)
        builtin.yaml: suppliers.capacity_if_largest_fails: alert 32.1 % (threshold < 40.0 %)
        builtin.yaml: commitments.revenue_multiple: alert 44.9× (threshold > 25.0×)
        builtin.yaml: funding.gap: alert $154.5B (threshold > $50B)
        builtin.yaml: circular.share: alert 70.0 % (threshold > 50.0 %)
        builtin.yaml: infrastructure.readiness: alert 30.2 % (threshold < 50.0 %)
        builtin.yaml: risk.composite: alert 89 (threshold > 50)

        """

    @Test func theArticlesScenario() throws {
        let directory = try Self.builtIn("openai-2026-02")
        let ok = "builtin.yaml: ok (openai-2026-02: 4 investors, 4 contracts, 8 sites)\n"
        let alert = try BurnrateRun.run(["check", "--fail-on", "alert", "builtin.yaml"], in: directory)
        #expect(alert.status == 3)
        #expect(alert.stdout == ok + Self.articleAlerts)
        #expect(alert.stderr == "")
        // watch adds the two at watch: investor concentration 3,800 (above 2,500, not above 4,000)
        // and the runway of 1.54 years (below 3, not below 1.5)
        let watch = try BurnrateRun.run(["check", "--fail-on", "watch", "builtin.yaml"], in: directory)
        #expect(watch.status == 3)
        #expect(watch.stdout == ok + """
            builtin.yaml: round.realisation: alert 0.0 % (threshold < 25.0 %)
            builtin.yaml: investors.hhi: watch 3,800 (threshold > 2,500)
            builtin.yaml: suppliers.hhi: alert 4,453 (threshold > 4,000)
            builtin.yaml: suppliers.largest_share: alert 51.0 % (threshold > 50.0 %)
            builtin.yaml: suppliers.capacity_if_largest_fails: alert 32.1 % (threshold < 40.0 %)
            builtin.yaml: commitments.revenue_multiple: alert 44.9× (threshold > 25.0×)
            builtin.yaml: funding.gap: alert $154.5B (threshold > $50B)
            builtin.yaml: funding.runway: watch 1.5 years (threshold < 3.0 years)
            builtin.yaml: circular.share: alert 70.0 % (threshold > 50.0 %)
            builtin.yaml: infrastructure.readiness: alert 30.2 % (threshold < 50.0 %)
            builtin.yaml: risk.composite: alert 89 (threshold > 50)

            """)
        // without --fail-on the same file is just valid
        #expect(try BurnrateRun.run(["check", "builtin.yaml"], in: directory).status == 0)
    }

    @Test func theClosedRoundsScenario() throws {
        let directory = try Self.builtIn("openai-2026-03-close")
        let run = try BurnrateRun.run(["check", "--fail-on", "alert", "builtin.yaml"], in: directory)
        #expect(run.status == 3)
        #expect(run.stdout == """
            builtin.yaml: ok (openai-2026-03-close: 6 investors, 5 contracts, 7 sites)
            builtin.yaml: commitments.revenue_multiple: alert 52.5× (threshold > 25.0×)
            builtin.yaml: funding.gap: alert $117.5B (threshold > $50B)
            builtin.yaml: circular.share: alert 65.6 % (threshold > 50.0 %)
            builtin.yaml: infrastructure.readiness: alert 30.5 % (threshold < 50.0 %)
            builtin.yaml: risk.composite: alert 66 (threshold > 50)

            """)
        let watch = try BurnrateRun.run(["check", "--fail-on", "watch", "builtin.yaml"], in: directory)
        #expect(watch.status == 3)
        #expect(watch.stdout.split(separator: "\n").count == 11)
        #expect(watch.stdout.contains("builtin.yaml: funding.runway: watch 2.0 years (threshold < 3.0 years)\n"))
    }

    @Test func aBenignScenarioPassesAtEitherLevel() throws {
        let directory = try TemporaryDirectory.with(["benign.yaml": Array(Self.benign.utf8)])
        for level in ["watch", "alert"] {
            let run = try BurnrateRun.run(["check", "--strict", "--fail-on", level, "benign.yaml"], in: directory)
            #expect(run.status == 0)
            #expect(run.stdout == "benign.yaml: ok (mini: 5 investors, 4 contracts, 0 sites)\n")
            #expect(run.stderr == "")
        }
    }

    /// A broken file still makes it 1; a warning under --strict gives way to 3. The lines of
    /// the valid files are printed either way, each after its file's own diagnostics.
    @Test func theOtherExitCodesKeepTheirMeaning() throws {
        let directory = try TemporaryDirectory.with([
            "mini.yaml": Array(ScenarioTexts.valid.utf8),
            "warned.yaml": Array(ScenarioTexts.unusedSource.utf8),
            "b.yaml": Array(ScenarioTexts.unknownSource.utf8),
            "benign.yaml": Array(Self.benign.utf8),
        ])
        let miniLines = """
            mini.yaml: round.coverage: alert 0.50× (threshold < 0.80×)
            mini.yaml: round.realisation: alert 0.0 % (threshold < 25.0 %)
            mini.yaml: investors.hhi: alert 10,000 (threshold > 4,000)
            mini.yaml: suppliers.hhi: alert 10,000 (threshold > 4,000)
            mini.yaml: suppliers.largest_share: alert 100.0 % (threshold > 50.0 %)

            """
        let broken = try BurnrateRun.run(["check", "--fail-on", "alert", "mini.yaml", "b.yaml"], in: directory)
        #expect(broken.status == 1)
        #expect(broken.stdout == "mini.yaml: ok (mini: 1 investor, 1 contract, 0 sites)\n" + miniLines)
        #expect(broken.stderr == ScenarioTexts.unknownSourceDiagnostics(file: "b.yaml"))

        let strict = try BurnrateRun.run(["check", "--strict", "--fail-on", "alert", "warned.yaml"], in: directory)
        #expect(strict.status == 3)
        #expect(strict.stderr == ScenarioTexts.unusedSourceWarning(file: "warned.yaml"))
        #expect(try BurnrateRun.run(["check", "--strict", "--fail-on", "alert", "warned.yaml", "benign.yaml"], in: directory).status == 3)
        #expect(try BurnrateRun.run(["check", "--strict", "--fail-on", "alert", "benign.yaml"], in: directory).status == 0)
        #expect(try BurnrateRun.run(["check", "--strict", "benign.yaml", "warned.yaml"], in: directory).status == 4)
    }

    @Test func anUnknownLevelIsAUsageError() throws {
        let run = try BurnrateRun.run(["check", "--fail-on", "severe", "x.yaml"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--fail-on"))
        #expect(run.stdout == "")
    }
}
