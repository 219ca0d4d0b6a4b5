import Testing

/// Files and options that once passed `check` and then trapped (exit 132), aborted (134) or
/// projected thousands of years in `export` now fail cleanly in every command, with the
/// diagnostic that names the number.
@Suite struct LimitCommandTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var from: String
        var to: String
        var diagnostic: String
        var testDescription: String { name }
    }

    static let horizon = "horizon: {start: 2026, end: 2030}"

    static let cases: [Case] = [
        Case(name: "the largest integers as a horizon", from: horizon,
             to: "horizon: {start: 9223372036854775807, end: 9223372036854775807}",
             diagnostic: #"big.yaml:6:18: horizon.start: expected a year from 1900 to 2200, found "9223372036854775807""#),
        Case(name: "a horizon ending in year 100,000,000", from: horizon, to: "horizon: {start: 2026, end: 100000000}",
             diagnostic: #"big.yaml:6:29: horizon.end: expected a year from 1900 to 2200, found "100000000""#),
        Case(name: "a horizon of 6,250 years", from: horizon, to: "horizon: {start: 2026, end: 8275}",
             diagnostic: #"big.yaml:6:29: horizon.end: expected a year from 1900 to 2200, found "8275""#),
        Case(name: "a horizon of 175 years", from: horizon, to: "horizon: {start: 2026, end: 2200}",
             diagnostic: #"big.yaml:6:29: horizon.end: expected a horizon of at most 100 years (an end by 2125), found "2200""#),
        Case(name: "a financial year of the largest integer", from: "{year: 2025,", to: "{year: 9223372036854775807,",
             diagnostic: #"big.yaml:26:14: financials.years[0].year: expected a year from 1900 to 2200, found "9223372036854775807""#),
        Case(name: "a contract term of 1e300 years", from: "status: signed, source: article}",
             to: "status: signed, source: article, term_years: 1e300}",
             diagnostic: #"big.yaml:21:100: contracts[0].term_years: expected a term of at most 100 years, found "1e300""#),
    ]

    @Test(arguments: cases) func everyCommandRefusesIt(_ broken: Case) throws {
        let text = ScenarioTexts.valid.replacing(broken.from, with: broken.to)
        let directory = try TemporaryDirectory.with(["big.yaml": Array(text.utf8)])
        for arguments in [["check", "big.yaml"], ["export", "--scenario", "big.yaml"],
                          ["export", "--scenario", "big.yaml", "--format", "csv"],
                          ["snapshot", "--scenario", "big.yaml", "--size", "80x24"]] {
            let run = try BurnrateRun.run(arguments, in: directory)
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stdout == "", "\(arguments)")
            #expect(run.stderr == broken.diagnostic + "\n", "\(arguments)")
        }
    }

    @Test func aDelayBeyondAHundredYearsIsRefused() throws {
        for value in ["1201", "9223372036854775807", "1e400"] {
            let run = try BurnrateRun.run(["export", "--set", "delay.abilene=\(value)"])
            #expect(run.status == 1)
            #expect(run.stderr == "--set delay.abilene=\(value): expected a number of months like 12, 12m or 1y, at most 1200 (100 years) either way, found \"\(value)\"\n")
        }
    }

    @Test func aDelayOfAHundredYearsExports() throws {
        let run = try BurnrateRun.run(["export", "--set", "delay.abilene=-100y", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
    }

    @Test func aFileOfManyProblemsPrintsAHundredAndACount() throws {
        let items = String(repeating: "    - 1\n", count: 5_000)
        let text = ScenarioTexts.valid.replacing("  investors:\n", with: "  investors:\n" + items)
        let directory = try TemporaryDirectory.with(["many.yaml": Array(text.utf8)])
        let run = try BurnrateRun.run(["check", "many.yaml"], in: directory)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 101)
        #expect(lines.first == #"many.yaml:15:7: round.investors[0]: expected a mapping, found "1""#)
        #expect(lines.last == "many.yaml: … and 4900 more problems")
    }
}
