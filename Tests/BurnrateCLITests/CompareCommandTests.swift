import Foundation
import Testing

/// `--compare A B` on `snapshot` and the dashboard's argument checks.
@Suite struct CompareCommandTests {
    @Test func snapshotShowsTheArticleAgainstTheClose() throws {
        let run = try BurnrateRun.run(["snapshot", "--compare", "openai-2026-02", "openai-2026-03-close", "--size", "120x40"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 40)
        let nvidia = try #require(lines.first { $0.contains("Nvidia") && $0.contains("$20B") }, "no Nvidia row with $20B")
        #expect(nvidia.contains("$30B"))
        #expect(nvidia.contains("▲ $10B"))
        #expect(run.stdout.contains("Compare A openai-2026-02 → B openai-2026-03-close"))
        #expect(lines.contains { $0.contains("Retail investors") && $0.contains("new") })
    }

    @Test func aWhatIfAppliesToAOnly() throws {
        let run = try BurnrateRun.run(["snapshot", "--compare", "openai-2026-02", "openai-2026-03-close", "--preset", "softbank-half",
                                       "--size", "120x40"])
        #expect(run.status == 0, "\(run.stderr)")
        // SoftBank: 30B × 50 % = 15B in A, 30B in B
        let softbank = try #require(run.stdout.split(separator: "\n").first { $0.contains("SoftBank") && $0.contains("$15B") })
        #expect(softbank.contains("$30B"))
        #expect(softbank.contains("▲ $15B"))
    }

    @Test func compareTakesExactlyTwoScenarios() throws {
        let one = try BurnrateRun.run(["snapshot", "--compare", "openai-2026-02"])
        #expect(one.status != 0)
        #expect(one.stderr.contains("--compare takes two scenarios, A and B (got 1)"))
        let three = try BurnrateRun.run(["dashboard", "--compare", "openai-2026-02", "openai-2026-03-close", "openai-2026-02"])
        #expect(three.status != 0)
        #expect(three.stderr.contains("(got 3)"))
    }

    @Test func compareAndScenarioTogetherAreRefused() throws {
        let run = try BurnrateRun.run(["snapshot", "--scenario", "openai-2026-03-close", "--compare", "openai-2026-02", "openai-2026-03-close"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--scenario and --compare: name the scenario as A of --compare A B"))
    }

    @Test func anUnknownBIsReported() throws {
        let run = try BurnrateRun.run(["snapshot", "--compare", "openai-2026-02", "nope"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("no scenario file at this path and no built-in scenario of this name"))
    }

    @Test func theDefaultCommandTakesCompareToo() throws {
        // Without a terminal the dashboard refuses to start, after parsing --compare.
        let run = try BurnrateRun.run(["--compare", "openai-2026-02", "openai-2026-03-close"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("the dashboard needs a terminal"))
    }
}
