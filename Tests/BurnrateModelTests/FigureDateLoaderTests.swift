import Testing
@testable import BurnrateModel

/// A figure's own date, `cash_not_rolled_forward` and `revenue_per_gw`: read, diagnosed in the
/// house style, written back.
@Suite struct FigureDateLoaderTests {
    typealias Mini = LoaderDiagnosticTests

    @Test func aFigureKeepsItsOwnDateAndTheNewFinancialFields() throws {
        let text = Mini.changed([24: ["  cash_on_hand: {value: 17.5B, date: 2025-06-30}",
                                      "  cash_not_rolled_forward: the figure is a forecast for the as-of date",
                                      "  revenue_per_gw: {value: 10.5B, basis: derived}"]])
        let financials = try ScenarioLoader.load(text: text, file: "t.yaml").financials
        #expect(financials.cashOnHand == Sourced(17.5e9, source: "article", date: Day(year: 2025, month: 6, day: 30)))
        #expect(financials.cashNotRolledForward == "the figure is a forecast for the as-of date")
        #expect(financials.revenuePerGW == Sourced(10.5e9, source: "article", basis: .derived))
        // an amount takes a date too
        let target = try ScenarioLoader.load(text: Mini.changed([13: ["  target: {at_least: 10B, date: 2026-01}"]]), file: "t.yaml")
        #expect(target.round.target.date == Day(year: 2026, month: 1))
    }

    @Test func writesThemBackAsGiven() throws {
        let text = Mini.changed([24: ["  cash_on_hand: {value: 17.5B, date: 2025-06}",
                                      "  cash_not_rolled_forward: \"a reason: with a colon\"",
                                      "  revenue_per_gw: 10.5B"]])
        let scenario = try ScenarioLoader.load(text: text, file: "t.yaml")
        let written = ScenarioWriter.yaml(scenario)
        #expect(written.contains("  cash_on_hand: {value: 17.5B, date: 2025-06}\n"))
        #expect(written.contains("  cash_not_rolled_forward: \"a reason: with a colon\"\n"))
        #expect(written.contains("  revenue_per_gw: 10.5B\n"))
        RoundTrip.check(scenario, origin: "dated cash")
    }

    @Test func badValuesAreReportedWhereTheyAre() {
        #expect(Mini.diagnostics(Mini.changed([24: ["  cash_on_hand: {value: 17.5B, date: 2025-06-31}"]])) == [
            #"t.yaml:24:38: financials.cash_on_hand.date: expected a date that exists, found "2025-06-31""#,
        ])
        #expect(Mini.diagnostics(Mini.changed([24: ["  cash_on_hand: {value: 17.5B, date: June}"]])) == [
            #"t.yaml:24:38: financials.cash_on_hand.date: expected a date like 2026-02-20, 2026-02 or 2026, found "June""#,
        ])
        #expect(Mini.diagnostics(Mini.changed([:], appending: ["  revenue_per_gw: -3B"])) == [
            #"t.yaml:27:19: financials.revenue_per_gw: expected an amount of at least 0, found "-3B""#,
        ])
        #expect(Mini.diagnostics(Mini.changed([:], appending: ["  cash_not_rolled_forward: [no]"])) == [
            #"t.yaml:27:28: financials.cash_not_rolled_forward: expected text, found a list"#,
        ])
        #expect(Mini.diagnostics(Mini.changed([:], appending: ["  revenue_pr_gw: 3B"])) == [
            #"t.yaml:27:3: financials.revenue_pr_gw: unknown key "revenue_pr_gw" (did you mean "revenue_per_gw"?)"#,
        ])
    }
}

/// The roll-forward's rule at its edges (`CashRollForward`).
@Suite struct CashRollForwardTests {
    static func scenario(cash date: Day?, asOf: Day = Day(year: 2026, month: 2, day: 20),
                         notRolled: String? = nil) -> Scenario {
        var scenario = ArticleScenarioFixture.scenario
        scenario.asOf = asOf
        scenario.financials.cashOnHand = Sourced(17.5e9, source: "facts", date: date)
        scenario.financials.cashNotRolledForward = notRolled
        return scenario
    }

    @Test func aMonthOrAYearStandsAtItsEnd() {
        // 2025-06: from the end of June, as 2025-06-30. Fixture burn: 2025 8, 2026 25.
        let month = CashRollForward(scenario: Self.scenario(cash: Day(year: 2025, month: 6)))
        #expect(month.steps.map(\.period) == ["Jul–Dec 2025", "1 Jan–19 Feb 2026"])
        #expect(isClose(month.cash, 17.5e9 - 4e9 - 3.497024e9))
        // 2025: from the end of the year: only 2026's 1.678571 months
        let year = CashRollForward(scenario: Self.scenario(cash: Day(year: 2025)))
        #expect(year.steps.map(\.period) == ["1 Jan–19 Feb 2026"])
        #expect(isClose(year.cash, 17.5e9 - 3.497024e9))
        // a day inside a month: from the end of 2025-06-15, 15/30 of June left: 0.5 × 8 ÷ 12 = 0.333333
        let mid = CashRollForward(scenario: Self.scenario(cash: Day(year: 2025, month: 6, day: 15)))
        #expect(mid.steps.first?.period == "16 Jun–31 Dec 2025")
        #expect(isClose(mid.steps.first?.burn, 8e9 * 6.5 / 12))
    }

    @Test func takenAsItStandsWhenTheScenarioSaysWhyOrTheDateDoesNotAllow() {
        let told = CashRollForward(scenario: Self.scenario(cash: Day(year: 2025, month: 6, day: 30), notRolled: "a forecast"))
        #expect(told.steps.isEmpty && told.notRolledBecause == "a forecast" && told.cash == 17.5e9)
        let later = CashRollForward(scenario: Self.scenario(cash: Day(year: 2026, month: 3)))
        #expect(later.steps.isEmpty && later.notRolledBecause == "it is dated after the as-of date")
        // the as-of day itself, or a month or year taking it in, stands at the as-of date
        for date in [Day(year: 2026, month: 2, day: 20), Day(year: 2026, month: 2), Day(year: 2026)] {
            let same = CashRollForward(scenario: Self.scenario(cash: date))
            #expect(same.steps.isEmpty && same.notRolledBecause == nil && same.cash == 17.5e9, "\(date)")
        }
    }

    @Test func notRolledCashStillBurnsOnlyTheRestOfTheAsOfYear() {
        // 17.5 at 2026-02-20; 2026 burns 25 × 10.321429 ÷ 12 = 21.502976 after it. The base case
        // brings SoftBank's 30 and Nvidia's 20 (nothing of Amazon's "up to 50"): 17.5 + 50 −
        // 21.502976 = 45.997024; with Amazon's 50 too, 95.997024
        let projection = Projection(scenario: Self.scenario(cash: nil, notRolled: "a forecast for the day"))
        #expect(projection.startingCash == 17.5e9)
        #expect(isClose(projection.years.first?.cash, 45.997024e9))
        #expect(isClose(projection.years.first?.cashBounds?.high, 95.997024e9))
    }
}
