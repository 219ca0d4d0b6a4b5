import Foundation
import Testing

/// `burnrate league` as a user runs it: the built-in scenarios side by side in each format, a
/// scenario file that cannot work out some figures, and names that do not load.
@Suite struct LeagueCommandTests {
    static let pair = ["openai-2026-02", "openai-2026-03-close"]

    /// A scenario with no post-money valuation, no sites and no gigawatts, and a title a table
    /// cell and a CSV field must escape.
    static let mini = ScenarioTexts.valid.replacing("title: Mini", with: #"title: "Mini | a, \"small\" one""#)

    static func withMini() throws -> URL {
        try TemporaryDirectory.with(["mini.yaml": Array(mini.utf8)])
    }

    /// RFC 4180: fields split at commas outside quotes; inside them a doubled quote is a quote.
    static func fields(_ line: Substring) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var afterClosingQuote = false
        for character in line {
            if quoted {
                if character == "\"" { (quoted, afterClosingQuote) = (false, true) } else { field.append(character) }
                continue
            }
            switch character {
            case "\"":
                if afterClosingQuote { field.append(character) }
                quoted = true
            case ",":
                fields.append(field)
                field = ""
            default: field.append(character)
            }
            afterClosingQuote = false
        }
        return fields + [field]
    }

    /// The three rows LeagueTests works out by hand, as the table prints them at 100 columns.
    @Test func textOfTheOpenAIPairHasTheHandWorkedRows() throws {
        let run = try BurnrateRun.run(["league"] + Self.pair)
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "                       openai-2026-02   openai-2026-03-close")
        #expect(lines.contains("Round coverage                ≤ 1.00×                  1.00×"))
        #expect(lines.contains("Investor HHI                    3,800 ▲          2,895–2,949"))
        #expect(lines.contains("Commitments ÷ revenue           44.9×                  52.5× ▲"))
        #expect(lines.contains("▲ worst in its row (the highest figure where higher is worse, the lowest where lower is; none when"))
        #expect(lines.allSatisfy { $0.count <= 100 })
    }

    /// Without names, every built-in scenario (as `scenario list` names them), in blocks of as
    /// many as 100 columns hold, each block headed by its scenarios' ids.
    @Test func everyBuiltInScenarioByDefault() throws {
        let list = try BurnrateRun.run(["scenario", "list"]).stdout.split(separator: "\n")
            .filter { !$0.hasPrefix(" ") }.map { String($0.split(separator: " ")[0]) }
        #expect(list.starts(with: Self.pair))
        let run = try BurnrateRun.run(["league"])
        #expect(run.status == 0)
        let heads = run.stdout.split(separator: "\n").filter { $0.hasPrefix("        ") }
            .flatMap { $0.split(separator: " ").map(String.init) }
        #expect(heads == list)
        #expect(run.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func asciiMarksTheWorstWithAStar() throws {
        let run = try BurnrateRun.run(["league", "--ascii"] + Self.pair)
        #expect(run.stdout.utf8.allSatisfy { $0 < 0x80 })
        #expect(run.stdout.contains("Commitments / revenue           44.9x                  52.5x *"))
        #expect(run.stdout.contains("\n* worst in its row"))
    }

    @Test func csvIsATidyTableOfEveryCell() throws {
        let run = try BurnrateRun.run(["league", "mini.yaml", "openai-2026-02", "--format", "csv"], in: try Self.withMini())
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "indicator,name,unit,scenario,value,low,high,level,worst,note")
        #expect(lines.last == "")
        let rows = lines.dropFirst().dropLast().map(Self.fields)
        #expect(rows.allSatisfy { $0.count == 10 })
        #expect(rows.map { $0[3] } == Array(repeating: ["mini", "openai-2026-02"], count: rows.count / 2).flatMap { $0 })
        #expect(lines.contains("round.coverage,Round coverage,multiple,mini,0.5,0.5,0.5,alert,true,"))
        #expect(lines.contains("round.coverage,Round coverage,multiple,openai-2026-02,1,0,1,ok,false,"))
        // Not worked out: no value, no level, the reason; and a comma in a field quotes it.
        #expect(lines.contains("""
            infrastructure.readiness,"Infrastructure readiness (power, cooling, network)",fraction,mini,,,,,false,\
            "Σ GW × mean(power, cooling, network) ÷ Σ GW = 0 GW ÷ 0 GW = n/a"
            """))
        #expect(rows.first { $0[0] == "infrastructure.readiness" }?[1] == "Infrastructure readiness (power, cooling, network)")
    }

    @Test func markdownHasTheTableTheNotesAndTheScenarios() throws {
        let run = try BurnrateRun.run(["league", "openai-2026-02", "mini.yaml", "--format", "markdown"], in: try Self.withMini())
        #expect(run.status == 0)
        let text = run.stdout
        #expect(text.hasPrefix("# League table\n\n| Indicator | `openai-2026-02` | `mini` |\n|---|---:|---:|\n"))
        #expect(text.contains("| Investor concentration (HHI) | 3,800 | **10,000** ▲ |\n"))
        #expect(text.contains("| Infrastructure readiness (power, cooling, network) | 30.2 % | n/a |\n"))
        #expect(text.contains("\n## Not available\n\n- Dilution of existing holders: mini: committed ÷ post-money = $5B ÷ undisclosed = n/a\n"))
        #expect(text.hasSuffix("""
            ## Scenarios

            - `openai-2026-02`: OpenAI's $100B+ round, as Bloomberg reported it, OpenAI, as of 2026-02-20
            - `mini`: Mini \\| a, "small" one, Mini, as of 2026-02-20

            """))
    }

    /// The layout README "League table" documents, parsed; the rows are export's scenario-wide
    /// indicators in its order.
    @Test func jsonFollowsTheDocumentedLayout() throws {
        let run = try BurnrateRun.run(["league", "openai-2026-02", "mini.yaml", "--format", "json"], in: try Self.withMini())
        #expect(run.status == 0)
        let json = try run.json()
        #expect(json.number("burnrate_league") == 1)
        let scenarios = try json.array("scenarios")
        #expect(scenarios.map { $0["id"] as? String } == ["openai-2026-02", "mini"])
        let mini = try scenarios.with(id: "mini")
        #expect(mini.string("title") == "Mini | a, \"small\" one")
        #expect(mini.string("company") == "Mini" && mini.string("as_of") == "2026-02-20" && mini.string("currency") == "USD")

        let exported = try BurnrateRun.run(["export", "--format", "json"]).json().array("indicators")
            .compactMap { $0["id"] as? String }.filter { !$0.hasPrefix("ownership.") }
        let rows = try json.array("rows")
        #expect(rows.map { $0["indicator"] as? String } == exported)
        for row in rows {
            #expect(Set(row.keys) == ["indicator", "name", "unit", "worse", "cells"])
            for cell in try row.array("cells") {
                #expect(Set(cell.keys) == ["scenario", "value", "low", "high", "text", "level", "worst", "note"])
            }
        }

        let hhi = try #require(rows.first { $0["indicator"] as? String == "investors.hhi" })
        #expect(hhi.string("name") == "Investor concentration (HHI)" && hhi.string("unit") == "index" && hhi.string("worse") == "higher")
        let cells = try hhi.array("cells")
        #expect(cells.map { $0.number("value") } == [3800, 10_000])
        #expect(cells.map { $0["worst"] as? Bool } == [false, true])
        #expect(cells.map { $0.string("level") } == ["watch", "alert"])
        #expect(cells.allSatisfy { $0.isNull("note") })

        let dilution = try #require(rows.first { $0["indicator"] as? String == "round.dilution" }).array("cells")
        #expect(dilution[0].number("value") == dilution[0].number("high") && dilution[0].number("low") == 0)
        #expect(dilution[0].string("text") == "≤ 11.8 %")
        // Not worked out: null, never 0, and why.
        #expect(["value", "low", "high", "level"].allSatisfy { dilution[1].isNull($0) })
        #expect(dilution[1].string("text") == "n/a")
        #expect(dilution[1].string("note") == "committed ÷ post-money = $5B ÷ undisclosed = n/a")

        let flowBack = try #require(rows.first { $0["indicator"] as? String == "circular.flow_back" })
        #expect(flowBack.isNull("worse"))
    }

    @Test func namesThatDoNotLoadAreAllReported() throws {
        let run = try BurnrateRun.run(["league", "openai-2026-02", "openai-2026-13", "missing.yaml"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            openai-2026-13: no scenario file at this path and no built-in scenario of this name (built in: \
            \(try BurnrateRun.run(["league", "--format", "json"]).json().array("scenarios").compactMap { $0.string("id") }
                .joined(separator: ", ")))
            missing.yaml: cannot read the file: No such file or directory

            """)
    }

    @Test func aScenarioNamedTwiceIsAUsageError() throws {
        let run = try BurnrateRun.run(["league", "openai-2026-02", "openai-2026-02"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: openai-2026-02 is named twice: each scenario is one column\n"))
    }
}
