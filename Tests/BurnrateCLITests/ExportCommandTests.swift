import Foundation
import Testing

/// `burnrate export` on the built-in article scenario, run as a user runs it.
@Suite struct ExportCommandTests {
    /// Every scenario-wide indicator in order, then implied ownership per investor.
    static let indicatorIDs = [
        "round.coverage", "round.realisation", "round.dilution", "investors.hhi", "suppliers.hhi",
        "suppliers.largest_share", "suppliers.capacity_if_largest_fails", "commitments.revenue_multiple",
        "funding.gap", "funding.runway", "circular.share", "circular.flow_back", "financing.non_cash_share",
        "infrastructure.readiness", "debt.interest_cover", "debt.revenue_multiple", "debt.maturities_in_runway",
        "customers.hhi", "risk.composite",
        "ownership.amazon", "ownership.softbank", "ownership.nvidia", "ownership.microsoft",
    ]

    @Test func jsonCarriesTheArticlesFigures() throws {
        let run = try BurnrateRun.run(["export", "--format", "json"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let json = try run.json()
        #expect(json.number("burnrate_export") == 1)
        #expect(try json.object("scenario").string("id") == "openai-2026-02")
        #expect(try json.object("what_if")["active"] as? Bool == false)
        #expect(json.isNull("year"))

        let round = try json.object("round")
        let investors = try round.array("investors")
        #expect(investors.map { $0["id"] as? String } == ["amazon", "softbank", "nvidia", "microsoft"])
        let amazon = try investors.with(id: "amazon").object("amount")
        #expect(amazon.string("kind") == "up_to")                 // a maximum, not a certainty
        #expect(amazon.number("value") == 50e9)
        #expect(amazon.string("source") == "article")
        #expect(amazon.string("basis") == "reported")
        #expect(try investors.with(id: "softbank").object("amount").number("value") == 30e9)
        #expect(try investors.with(id: "softbank").object("amount").string("kind") == "exact")
        #expect(try investors.with(id: "nvidia").object("amount").number("value") == 20e9)
        let microsoft = try investors.with(id: "microsoft").object("amount")
        #expect(microsoft.string("kind") == "undisclosed")
        #expect(microsoft.isNull("value"))                        // never 0
        // 50 ÷ (50 + 30 + 20) = 0.5 of the round; Microsoft's share is unknown
        #expect(try investors.with(id: "amazon").number("share_of_round") == 0.5)
        #expect(try investors.with(id: "microsoft").isNull("share_of_round"))

        let postMoney = try round.object("post_money")
        #expect(postMoney.string("kind") == "at_least")
        #expect(postMoney.number("value") == 850e9)
        #expect(try round.object("target").number("value") == 100e9)

        let contracts = try json.array("contracts")
        #expect(contracts.map { $0["id"] as? String } == ["aws", "azure", "oracle", "stargate-abilene"])
        // Abilene's arrangement has no disclosed value: shown as such, never as 0.
        #expect(try contracts.with(id: "stargate-abilene").object("value").string("kind") == "undisclosed")
        #expect(try contracts.with(id: "aws").object("value").number("value") == 38e9)
        let azure = try contracts.with(id: "azure")
        #expect(try azure.object("value").number("value") == 250e9)
        let payment = try azure.array("payment")
        #expect(payment.map { $0["form"] as? String } == ["cash", "share_swap", "usage_guarantee"])
        #expect(payment.map { $0.number("share") } == [0.5, 0.25, 0.25])
    }

    /// Dates keep their documented `YYYY-MM-DD`; `*_written` gives them as the file does.
    @Test func jsonDatesAreFullWithTheWrittenFormBeside() throws {
        let json = try BurnrateRun.run(["export", "--format", "json"]).json()
        let scenario = try json.object("scenario")
        #expect(scenario.string("as_of") == "2026-02-20")
        #expect(scenario.string("as_of_written") == "2026-02-20")
        let contracts = try json.array("contracts")
        // aws and azure start 2025-11, oracle 2027, Abilene's arrangement 2025-07
        #expect(contracts.map { $0.string("start") } == ["2025-11-01", "2025-11-01", "2027-01-01", "2025-07-01"])
        #expect(contracts.map { $0.string("start_written") } == ["2025-11", "2025-11", "2027", "2025-07"])
        let article = try json.array("sources").with(id: "article")
        #expect((article.string("date"), article.string("date_written")) == ("2026-02-01", "2026-02"))
    }

    @Test func jsonNamesTheCircularFinancing() throws {
        let indicators = try BurnrateRun.run(["export"]).json().array("indicators")
        #expect(indicators.map { $0["id"] as? String } == Self.indicatorIDs)
        let flowBack = try indicators.with(id: "circular.flow_back")
        // Each contract dollar once: AWS 38 (Amazon) + Oracle 300 × 70 % = 210 (Nvidia; its 70 % of
        // AWS and Azure is already counted there) + Azure 250 (Microsoft) = 498 of 588.
        #expect(flowBack.number("value") == 498e9)
        #expect(flowBack.string("unit") == "money")
        #expect(flowBack.string("display") == "$498B")
        let formula = try #require(flowBack.string("formula"))
        for name in ["Amazon", "Microsoft", "Nvidia"] {
            #expect(formula.contains(name), "\(name) missing from \(formula)")
        }
        let labels = try flowBack.array("inputs").compactMap { $0["label"] as? String }
        #expect(labels == [
            "Amazon: paid under aws", "Amazon: flows back, each dollar once", "Amazon: flows back, gross",
            "Nvidia: share of other capacity spending", "Nvidia: flows back, each dollar once", "Nvidia: flows back, gross",
            "Microsoft: paid under azure", "Microsoft: flows back, each dollar once", "Microsoft: flows back, gross",
            "Contracts paid to no investor", "All contract value, the base", "Each dollar once ÷ all contract value",
            "Gross, shares of contracts paid to investors counted again", "Gross ÷ all contract value",
        ])
        let coverage = try indicators.with(id: "round.coverage")
        #expect(coverage.number("value") == 1)
        #expect(coverage.string("level") == "ok")
        #expect(try coverage.object("threshold").number("watch") == 1)
        // A figure without a threshold has no level: null, never "ok".
        #expect(try indicators.with(id: "circular.flow_back").isNull("threshold"))
        #expect(try indicators.with(id: "circular.flow_back").isNull("level"))
        #expect(try indicators.with(id: "ownership.amazon").isNull("level"))
        #expect(try indicators.with(id: "ownership.amazon").isNull("not_applicable"))
        // a scenario without debt: n/a and why, never 0
        let cover = try indicators.with(id: "debt.interest_cover")
        #expect(cover.isNull("value"))
        #expect(cover.isNull("level"))
        #expect(cover.string("not_applicable") == "no debt stated")
        #expect(cover.string("display") == "n/a")
    }

    @Test func jsonProjectionYearByYear() throws {
        let projection = try BurnrateRun.run(["export"]).json().array("projection")
        #expect(projection.map { $0.number("year") } == [2026, 2027, 2028, 2029, 2030])
        // 2030's burn is cash generated
        #expect(projection.map { $0.number("burn") } == [25e9, 57e9, 85e9, 51e9, -39e9])
        // base case (firm + scheduled), nothing of Amazon's "up to 50B":
        // 17.5 at 2025-06-30 − 4 (Jul–Dec 2025) + 50 − 25 = 38.5; − 57 = −18.5; − 85 = −103.5;
        // − 51 = −154.5; + 39 = −115.5
        #expect(projection.map { $0.number("cash") } == [38.5e9, -18.5e9, -103.5e9, -154.5e9, -115.5e9])
        #expect(projection.map { $0.number("inflows") } == [50e9, 0, 0, 0, 0])
        // from firm money only (the base case here) to all 100B: 50B more in each year from 2026
        let cashBounds = try projection.map { try $0.object("cash_bounds") }
        #expect(cashBounds.map { $0.number("low") } == [38.5e9, -18.5e9, -103.5e9, -154.5e9, -115.5e9])
        #expect(cashBounds.map { $0.number("high") } == [88.5e9, 31.5e9, -53.5e9, -104.5e9, -65.5e9])
        #expect(cashBounds.map { $0.string("kind") } == ["range", "range", "range", "range", "range"])
        let inflowBounds = try #require(projection.first).object("inflows_bounds")
        #expect(inflowBounds.number("low") == 50e9 && inflowBounds.number("high") == 100e9)
        #expect(projection[1].isNull("inflows_bounds"))   // nothing either way: exact
    }

    @Test func jsonIndicatorsWorkedOutFromABoundSaySo() throws {
        let json = try BurnrateRun.run(["export"]).json()
        let indicators = try json.array("indicators")
        // up to 50B ÷ at least 850B: from 0 to 50 / 850 = 0.0588235, "≤ 5.9 %"
        let amazon = try indicators.with(id: "ownership.amazon")
        #expect(amazon.string("display") == "≤ 5.9 %")
        let bounds = try amazon.object("bounds")
        #expect(bounds.number("low") == 0)
        #expect(bounds.number("high") == 50e9 / 850e9)
        #expect(bounds.string("kind") == "at_most")
        // the input as its source states it
        let input = try #require(try amazon.array("inputs").first)
        #expect(try input.object("bounds").string("kind") == "at_most")
        // cash that lasts the horizon has no cap: here it runs out, 1.5 to 2.2 years
        #expect(try indicators.with(id: "funding.runway").string("display") == "1.5–2.2 years")
        #expect(try indicators.with(id: "funding.gap").string("display") == "$104.5B–$154.5B")
        // an exact figure has no bounds; an undisclosed one none either (never 0)
        #expect(try indicators.with(id: "investors.hhi").isNull("bounds"))
        #expect(try indicators.with(id: "ownership.microsoft").isNull("bounds"))
        #expect(try indicators.with(id: "ownership.microsoft").isNull("value"))
        let baseCase = try json.object("scenario").object("base_case")
        #expect(baseCase.string("conditional") == "scheduled" && baseCase.number("up_to_share") == 0)
        #expect(baseCase.string("summary") == "firm + scheduled")
    }

    /// Cash on hand at its own date, rolled forward to the as-of date step by step, and each
    /// input's own date (BuiltInScenarioTests.cashOnHandIsRolledForwardToTheAsOfDate by hand).
    @Test func jsonCarriesTheRollForwardAndTheDates() throws {
        let json = try BurnrateRun.run(["export"]).json()
        let roll = try json.object("cash_roll_forward")
        #expect(roll.number("cash_on_hand") == 17.5e9)
        #expect(roll.string("date") == "2025-06-30")
        #expect(roll.isNull("not_rolled_because"))
        let steps = try roll.array("steps")
        #expect(steps.map { $0.string("period") } == ["Jul–Dec 2025", "1 Jan–19 Feb 2026"])
        #expect(steps.map { $0.number("burn") }.first == 4e9)
        // 17.5 − 4 − 25 × (1 + 19/28) ÷ 12 = 10.002976
        #expect(abs((roll.number("cash_at_as_of") ?? 0) - 10.002976e9) < 1e3)
        let inputs = try json.array("indicators").with(id: "funding.gap").array("inputs")
        #expect(try inputs.first.map { try #require($0.string("date")) } == "2025-06-30")
        #expect(inputs.first { $0.string("label") == "Burn 2027" }?.isNull("date") == true)
        #expect(try json.array("delay_costs").isEmpty)
    }

    /// Oracle a year late (DelayCostTests.oracleAYearLateMovesPaymentsAndRevenue by hand).
    @Test func jsonCarriesWhatADelayMoved() throws {
        let json = try BurnrateRun.run(["export", "--set", "delay.oracle=12"]).json()
        let costs = try json.array("delay_costs")
        // Only the 4.5 GW contract and its five sites move (not Abilene): 2027 pays Oracle's 60
        // later and loses 1.016667 GW-years, 2028 loses 3.483333, at 10.5B each
        #expect(costs.map { $0.number("year") } == [2027, 2028])
        #expect(costs.map { $0.number("payments") } == [-60e9, 0])
        #expect(zip(costs.compactMap { $0.number("revenue") }, [-10.675e9, -36.575e9]).allSatisfy { abs($0 - $1) < 1e3 })
        #expect(zip(costs.compactMap { $0.number("burn") }, [-49.325e9, 36.575e9]).allSatisfy { abs($0 - $1) < 1e3 })
        // base case 38.5; − 7.675 = 30.825; − 121.575 = −90.75; − 51 = −141.75; + 39 = −102.75
        let cash = try json.array("projection").compactMap { $0.number("cash") }
        #expect(cash.count == 5)
        #expect(zip(cash, [38.5e9, 30.825e9, -90.75e9, -141.75e9, -102.75e9]).allSatisfy { abs($0 - $1) < 1e3 })
        #expect(abs((try json.array("indicators").with(id: "funding.gap").number("value") ?? 0) - 141.75e9) < 1e3)
    }

    @Test func yearNarrowsTheProjection() throws {
        let run = try BurnrateRun.run(["export", "--year", "2028"])
        #expect(run.status == 0)
        let json = try run.json()
        #expect(json.number("year") == 2028)
        let projection = try json.array("projection")
        #expect(projection.map { $0.number("year") } == [2028])
        #expect(projection.first?.number("cash") == -103.5e9)
        #expect(try json.array("indicators").count == Self.indicatorIDs.count)

        let csv = try BurnrateRun.run(["export", "--year", "2028", "--format", "csv"]).stdout
        let projectionRows = csv.split(separator: "\n").filter { $0.hasPrefix("projection,") }
        #expect(projectionRows.count == 6)
        #expect(projectionRows.allSatisfy { $0.split(separator: ",")[3] == "2028" })
    }

    @Test func aYearOutsideTheHorizonIsRefused() throws {
        let run = try BurnrateRun.run(["export", "--year", "2035"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "--year 2035: outside the scenario's horizon 2026–2030\n")
    }

    @Test func csvHasTheHeaderAndARowPerIndicatorAndProjectedFigure() throws {
        let run = try BurnrateRun.run(["export", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "kind,id,name,year,value,unit,level,source,basis,low,high,bound")
        #expect(lines.last == "")
        let indicatorRows = lines.filter { $0.hasPrefix("indicator,") }
        #expect(indicatorRows.map { String($0.split(separator: ",")[1]) } == Self.indicatorIDs)
        // judged at 1.0; from 0 (a target of at least 100B has no cap) to 1.0
        #expect(indicatorRows.first == "indicator,round.coverage,Round coverage,,1,multiple,ok,article,reported,0,1,at_most")
        // No threshold, no level: the level column is empty.
        #expect(indicatorRows.contains { $0.hasPrefix("indicator,circular.flow_back,Circular financing: spending that flows back,,498000000000,money,,article ") })
        // 6 projected figures × 5 years
        let projectionRows = lines.filter { $0.hasPrefix("projection,") }
        #expect(projectionRows.count == 30)
        #expect(projectionRows.contains("projection,burn,Burn,2030,-39000000000,money,,info-forecast,assumption,,,"))
        // Not applicable (the scenario states no debt nor customers): no value, "n/a" for a level.
        #expect(indicatorRows.contains("indicator,customers.hhi,Customer concentration (HHI),,,index,n/a,,derived,,,"))
        // header + 23 indicators + 30 projection rows (no debt nor leases: no columns of theirs)
        // + the empty string after the final newline
        #expect(lines.count == 1 + 23 + 30 + 1)
    }

    @Test func markdownHasTheTables() throws {
        let run = try BurnrateRun.run(["export", "--format", "markdown"])
        #expect(run.status == 0)
        let text = run.stdout
        #expect(text.hasPrefix("# OpenAI's $100B+ round, as Bloomberg reported it\n"))
        #expect(text.contains("## Indicators\n\n| Indicator | Value | Level | Formula | Basis | Sources |\n|---|---:|---|---|---|---|\n"))
        #expect(text.contains("| Investor concentration (HHI) | 3,800 | watch | Σ (100 × amount ÷ committed)² = 50.0² + 30.0² + 20.0² = 3,800 | reported | `article` |\n"))
        // No threshold, no level: a dash rather than "ok".
        #expect(text.contains("| Circular financing: spending that flows back | $498B | — | each contract dollar once = "))
        #expect(text.contains("## Projection\n\nBase case: firm + scheduled. Inflows and cash in brackets: from firm money only "
                              + "to all round money at its most.\n\n| Year | Revenue | Burn | Inflows | Cash | Obligations due | Capacity online |\n"))
        #expect(text.contains("| 2026 | $30B | $25B | $50B ($50B–$100B) | $38.5B ($38.5B–$88.5B) |"))
        #expect(text.contains("| 2030 | $280B | -$39B | $0 | -$115.5B (-$115.5B to -$65.5B) |"))
        #expect(text.contains("## Sources\n"))
        #expect(text.contains("- `article`: Bloomberg (via the article), "))
    }

    @Test func presetHalvesSoftBank() throws {
        let run = try BurnrateRun.run(["export", "--preset", "softbank-half"])
        #expect(run.status == 0)
        let json = try run.json()
        let softbank = try json.object("round").array("investors").with(id: "softbank").object("amount")
        #expect(softbank.number("value") == 15e9)               // 30 × 50 %
        #expect(softbank.string("source") == "what-if")
        #expect(softbank.string("basis") == "assumption")
        let whatIf = try json.object("what_if")
        #expect(whatIf["active"] as? Bool == true)
        #expect(whatIf.string("preset") == "softbank-half")
        #expect(whatIf["summary"] as? [String] == ["SoftBank delivers 50 %"])
        // 50 + 15 + 20 = 85 of 100
        #expect(try json.array("indicators").with(id: "round.coverage").number("value") == 0.85)
    }

    @Test func setHalvesSoftBank() throws {
        let run = try BurnrateRun.run(["export", "--set", "investors.softbank.realisation=50%"])
        #expect(run.status == 0)
        let json = try run.json()
        #expect(try json.object("round").array("investors").with(id: "softbank").object("amount").number("value") == 15e9)
        #expect(try json.object("what_if")["settings"] as? [String] == ["investors.softbank.realisation=50%"])
        #expect(try json.object("what_if").isNull("preset"))
    }

    @Test func aSettingThatCannotBeReadIsRefused() throws {
        let run = try BurnrateRun.run(["export", "--set", "burn.scal=1"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "--set burn.scal=1: unknown setting \"burn.scal\"; did you mean \"burn.scale\"?\n")
    }

    @Test func aSettingForAnUnknownInvestorIsRefused() throws {
        let run = try BurnrateRun.run(["export", "--set", "investors.softbnk.realisation=50%"])
        #expect(run.status == 1)
        #expect(run.stderr == "investors.softbnk.realisation: no investor \"softbnk\" in this scenario; did you mean \"softbank\"?\n")
    }

    @Test func anUnknownPresetIsRefused() throws {
        let run = try BurnrateRun.run(["export", "--preset", "softbank-quarter"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "--preset softbank-quarter: no such preset (presets: softbank-half, conditional-money-fails, "
            + "circular-unwind, revenue-flat, burn-overrun, power-late, gpu-scarcity, largest-cloud-fails, valuation-reset)\n")
    }

    @Test func aBrokenScenarioFileGivesItsDiagnostics() throws {
        let directory = try TemporaryDirectory.with(["broken.yaml": Array(ScenarioTexts.twoProblems.utf8)])
        let run = try BurnrateRun.run(["export", "--scenario", "broken.yaml"], in: directory)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == ScenarioTexts.twoProblemsDiagnostics(file: "broken.yaml"))
    }

    @Test func anUnknownBuiltInScenarioIsRefused() throws {
        let run = try BurnrateRun.run(["export", "--scenario", "openai-2027"])
        #expect(run.status == 1)
        #expect(run.stderr == "openai-2027: no scenario file at this path and no built-in scenario of this name "
            + "(built in: openai-2026-02, openai-2026-03-close, openai-2026-07, anthropic-2026-02, anthropic-2026-05, "
            + "xai-2026, coreweave-2026)\n")
    }
}
