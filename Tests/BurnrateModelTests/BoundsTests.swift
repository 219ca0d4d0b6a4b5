import Testing
@testable import BurnrateModel

/// "Up to", "at least", ranges and undisclosed amounts carried through as bounds, and the
/// base case the projection counts; every figure worked out by hand.
@Suite struct BoundsTests {
    static func builtIn(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(text: try #require(BuiltInScenarios.text(named: name)), file: name)
    }

    // MARK: The value type

    @Test func amountsBecomeBounds() {
        #expect(Bounded(.exact(30e9)) == Bounded(exactly: 30e9))
        #expect(Bounded(.upTo(50e9)) == Bounded(low: 0, high: 50e9))
        #expect(Bounded(.atLeast(850e9)) == Bounded(low: 850e9, high: .infinity))
        #expect(Bounded(.range(low: 10e9, high: 20e9)) == Bounded(low: 10e9, high: 20e9))
        #expect(Bounded(.undisclosed) == nil)
        // written the wrong way round, still low ≤ high
        #expect(Bounded(low: 5, high: 2) == Bounded(low: 2, high: 5))
    }

    @Test func eachEndGoesToTheEndOfTheResultItGives() throws {
        let upTo50 = Bounded(low: 0, high: 50), atLeast850 = Bounded(low: 850, high: .infinity)
        // a sum adds like ends: [0, 50] + [30, 30] = [30, 80]
        #expect(upTo50 + Bounded(exactly: 30) == Bounded(low: 30, high: 80))
        // up to 50 in at least 850: 0 ÷ ∞ = 0 to 50 ÷ 850 = 0.0588235
        let stake = try #require(upTo50.divided(by: atLeast850))
        #expect(stake.low == 0 && isClose(stake.high, 0.0588235))
        // 30 to 50 in exactly 850: 0.0352941 to 0.0588235
        let range = try #require(Bounded(low: 30, high: 50).divided(by: Bounded(exactly: 850)))
        #expect(isClose(range.low, 0.0352941) && isClose(range.high, 0.0588235))
        // a divisor that may be 0 leaves no cap; one that can only be 0 gives nothing
        #expect(Bounded(exactly: 1).divided(by: Bounded(low: 0, high: 2)) == Bounded(low: 0.5, high: .infinity))
        #expect(Bounded(exactly: 1).divided(by: .zero) == nil)
        // a share of a whole two figures make: 20 to 70 of suppliers against 30 of others is
        // 20 / 50 = 40 % to 70 / 100 = 70 %; dividing the bounds [20, 70] ÷ [50, 100] would give 20–140 %
        #expect(Bounded.share(Bounded(low: 20, high: 70), of: Bounded(exactly: 30)) == Bounded(low: 0.4, high: 0.7))
        #expect(Bounded.share(Bounded(low: 1, high: .infinity), of: Bounded(exactly: 1)) == Bounded(low: 0.5, high: 1))
        #expect(Bounded.share(.zero, of: .zero) == nil)
        // 1 − x falls as x rises: the low end comes from the high end
        #expect(Bounded(low: 0, high: 0.25).mapDecreasing { 1 - $0 } == Bounded(low: 0.75, high: 1))
    }

    @Test func boundsReadAsAReaderSaysThem() {
        func text(_ low: Double, _ high: Double, _ unit: IndicatorUnit) -> String {
            FigureFormat.bounded(Bounded(low: low, high: high), unit: unit, currency: "USD")
        }
        #expect(text(0, 50e9 / 850e9, .fraction) == "≤ 5.9 %")
        #expect(text(30e9 / 850e9, 50e9 / 850e9, .fraction) == "3.5–5.9 %")
        #expect(text(4.860119, .infinity, .years) == "≥ 4.9 years")
        #expect(text(1.605733, 2.277766, .years) == "1.6–2.3 years")
        #expect(text(0, 50e9, .money) == "up to $50B")
        #expect(text(850e9, .infinity, .money) == "at least $850B")
        #expect(text(100.5e9, 150.5e9, .money) == "$100.5B–$150.5B")
        // a dash between two negative sums would read as a subtraction
        #expect(text(-150.5e9, -100.5e9, .money) == "-$150.5B to -$100.5B")
        #expect(text(0.5, 0.5, .fraction) == "50.0 %")
    }

    // MARK: openai-2026-02: Amazon up to $50B, post-money at least $850B, target at least $100B

    @Test func theArticlesStakesDilutionAndCoverageAreBounds() throws {
        let analysis = Analysis(scenario: try Self.builtIn("openai-2026-02"))
        func shown(_ id: String) throws -> String {
            FigureFormat.format(try #require(analysis.indicator(id)), currency: "USD")
        }
        // Amazon: up to 50 ÷ at least 850 → at most 50 / 850 = 5.9 %, never "5.9 %" as a value
        let amazon = try #require(analysis.indicator("ownership.amazon"))
        #expect(amazon.bounds == Bounded(low: 0, high: 50e9 / 850e9))
        #expect(try shown("ownership.amazon") == "≤ 5.9 %")
        #expect(amazon.formula == "Amazon ÷ post-money = up to $50B ÷ at least $850B = ≤ 5.9 %")
        // SoftBank's exact 30 ÷ at least 850 → at most 3.5 %
        #expect(try shown("ownership.softbank") == "≤ 3.5 %")
        #expect(analysis.investors[0].ownershipBounds == amazon.bounds)
        // Microsoft undisclosed: no figure and no bounds, never 0
        #expect(try shown("ownership.microsoft") == "n/a")
        #expect(analysis.investors[3].ownershipBounds == nil)
        // committed: 30 + 20 = 50 firm to 50 + 30 + 20 = 100; dilution at most 100 / 850 = 11.8 %;
        // coverage at most 100 / 100 = 1.00× (the target has no cap, so no floor above 0)
        #expect(analysis.committed == Bounded(low: 50e9, high: 100e9))
        #expect(try shown("round.dilution") == "≤ 11.8 %")
        #expect(try shown("round.coverage") == "≤ 1.00×")
        // the cap table: holders keep 1 − dilution, from 1 − 0.117647 = 0.882353 to 1;
        // the OpenAI Foundation's 26 % → 22.9–26.0 %; Amazon, new, at most 5.9 %; Microsoft, whose
        // new money is undisclosed, has no stake after at all
        let foundation = try #require(analysis.capTable.first { $0.holder == "OpenAI Foundation" }?.afterBounds)
        #expect(isClose(foundation.low, 0.26 * 0.882353) && isClose(foundation.high, 0.26))
        #expect(analysis.capTable[0].after == nil && analysis.capTable[0].afterBounds == nil)
        #expect(analysis.capTable.first { $0.holder == "Amazon" }?.afterBounds == amazon.bounds)
    }

    @Test func theCircularShareIsAShareOfTheRound() throws {
        let analysis = Analysis(scenario: try Self.builtIn("openai-2026-02"))
        // suppliers Amazon 0–50 + Nvidia 20 (Microsoft undisclosed) against SoftBank's 30:
        // 20 / 50 = 40 % to 70 / 100 = 70 %; judged at the headlines, 70 / 100
        let share = try #require(analysis.indicator("circular.share"))
        #expect(isClose(share.value, 0.7))
        #expect(isClose(share.bounds?.low, 0.4) && isClose(share.bounds?.high, 0.7))
        #expect(share.formula == "from suppliers ÷ committed = (Amazon up to $50B + Nvidia $20B + Microsoft undisclosed) ÷ $50B–$100B = 40.0–70.0 %")
    }

    @Test func dilutionByADerivedValuationIsAShare() throws {
        var scenario = try Self.builtIn("openai-2026-03-close")
        scenario.round.postMoney = nil
        scenario.round.investors[0].amount = Sourced(.upTo(50e9), source: "openai-close")
        let dilution = try #require(Analysis(scenario: scenario).indicator("round.dilution"))
        // committed: SoftBank 30 + Nvidia 30 + retail 3 + others 9 = 72, up to 72 + 50 = 122; pre-money 730:
        // 72 / (72 + 730) = 0.089776 to 122 / (122 + 730) = 0.143192
        #expect(isClose(dilution.bounds?.low, 0.089776) && isClose(dilution.bounds?.high, 0.143192))
        #expect(FigureFormat.format(dilution, currency: "USD") == "9.0–14.3 %")
        // a stake is then the investor's share of pre-money + everyone's money: SoftBank's 30 against
        // 730 + the others' 42 + Amazon's 0 to 50: 30 / 852 = 0.035211 to 30 / 802 = 0.037406
        let analysis = Analysis(scenario: scenario)
        let softbank = try #require(analysis.indicator("ownership.softbank")?.bounds)
        #expect(isClose(softbank.low, 0.035211) && isClose(softbank.high, 0.037406))
        // Amazon's own: 0 to 50 / (50 + 730 + 72) = 0.058685
        #expect(isClose(analysis.indicator("ownership.amazon")?.bounds?.high, 0.058685))
    }

    @Test func eachInvestorsShareOfTheRoundIsABound() throws {
        let investors = Analysis(scenario: try Self.builtIn("openai-2026-02")).investors
        // Amazon 0–50 against 50 of the others: 0 to 50 %; SoftBank 30 against 20 + 0–50:
        // 30 / 100 = 30 % to 30 / 50 = 60 %; Nvidia 20 / 100 to 20 / 50
        #expect(investors[0].shareOfRoundBounds == Bounded(low: 0, high: 0.5))
        #expect(investors[1].shareOfRoundBounds == Bounded(low: 0.3, high: 0.6))
        #expect(investors[2].shareOfRoundBounds == Bounded(low: 0.2, high: 0.4))
        #expect(investors[3].shareOfRoundBounds == nil)   // undisclosed
    }

    @Test func aRangeInAKnownValuationReadsAsARange() throws {
        var scenario = try Self.builtIn("openai-2026-02")
        scenario.round.postMoney = Sourced(.exact(850e9), source: "article")
        scenario.round.investors[0].amount = Sourced(.range(low: 30e9, high: 50e9), source: "article")
        let amazon = try #require(Analysis(scenario: scenario).indicator("ownership.amazon"))
        // 30 / 850 = 3.5 % to 50 / 850 = 5.9 %
        #expect(FigureFormat.format(amazon, currency: "USD") == "3.5–5.9 %")
        #expect(amazon.formula == "Amazon ÷ post-money = $30B–$50B ÷ $850B = 3.5–5.9 %")
    }

    @Test func theArticlesProjectionCountsFirmMoneyInTheAsOfYear() throws {
        let projection = Analysis(scenario: try Self.builtIn("openai-2026-02")).projection
        // The round has no date: its money comes in the as-of year, 2026. Firm: SoftBank 30 +
        // Nvidia 20 = 50; at most with Amazon's 50: 100; Microsoft undisclosed in neither.
        #expect(projection.years.map(\.inflows) == [50e9, 0, 0, 0, 0])
        #expect(projection.years.map(\.inflowBounds.high) == [100e9, 0, 0, 0, 0])
    }

    @Test func anUpToShareCountsThatPartOfAnUpTo() throws {
        var scenario = try Self.builtIn("openai-2026-02")
        scenario.baseCase = BaseCasePolicy(conditional: .scheduled, upToShare: 0.5)
        let analysis = Analysis(scenario: scenario)
        // 30 + 20 + 50 % × 50 = 75 in 2026; cash 17.5 at 2025-06-30 − 4 (Jul–Dec 2025) − 25 + 75
        // = 63.5; − 57 = 6.5; − 85 = −78.5; − 51 = −129.5 (lowest); + 39 = −90.5
        #expect(analysis.projection.years.map(\.inflows) == [75e9, 0, 0, 0, 0])
        let expected = [63.5e9, 6.5e9, -78.5e9, -129.5e9, -90.5e9]
        #expect(zip(analysis.projection.years.compactMap(\.cash), expected).allSatisfy { isClose($0, $1) })
        #expect(isClose(analysis.value("funding.gap"), 129.5e9))
        // the bounds do not move with the policy: 104.5 with all of it (cash 25 higher each year
        // from 2026), 154.5 with none (25 lower)
        let gap = try #require(analysis.indicator("funding.gap")?.bounds)
        #expect(isClose(gap.low, 104.5e9) && isClose(gap.high, 154.5e9))
        // runs out in 2028 at 6.5 / 85 = 0.076471: 2028.076471 − 2026.139881 = 1.936590
        #expect(isClose(analysis.value("funding.runway"), 1.936590))
        #expect(scenario.baseCase.summary == "firm + 50 % of up-to + scheduled")
    }

    // MARK: openai-2026-03-close: Amazon 15 paid at the close, 35 on an undated condition

    @Test func theClosesProjectionLeavesTheUndatedConditionOut() throws {
        let analysis = Analysis(scenario: try Self.builtIn("openai-2026-03-close"))
        let projection = analysis.projection
        // All dated 2026-03-31 (the close, or Amazon's first tranche): 15 + 30 + 30 + 3 + 9 = 87
        // firm; Amazon's 35 waits on an IPO or "AGI" no date schedules: at most 87 + 35 = 122.
        #expect(projection.years.map(\.inflows) == [87e9, 0, 0, 0, 0])
        #expect(projection.years[0].inflowBounds == Bounded(low: 87e9, high: 122e9))
        // Cash 17.5 at 2025-06-30 rolled to the as-of date 2026-03-31: − 6 × 8 ÷ 12 = 4 (Jul–Dec
        // 2025) − (2 + 30/31) × 25 ÷ 12 = 6.182796 (1 Jan–30 Mar 2026) = 7.317204; 2026 burns the
        // other 18.817204: 7.317204 + 87 − 18.817204 = 75.5 (17.5 − 4 − 25 + 87); − 57 = 18.5;
        // − 85 = −66.5; − 51 = −117.5; + 39 = −78.5
        #expect(isClose(projection.startingCash, 7.317204e9))
        let expected = [75.5e9, 18.5e9, -66.5e9, -117.5e9, -78.5e9]
        for (year, cash) in zip(projection.years, expected) {
            #expect(isClose(year.cash, cash), "\(year.year)")
            #expect(isClose(year.cashBounds?.high, cash + 35e9), "\(year.year)")
        }
        // gap 117.5 (2029), or 82.5 with the 35
        #expect(isClose(analysis.value("funding.gap"), 117.5e9))
        let gap = try #require(analysis.indicator("funding.gap")?.bounds)
        #expect(isClose(gap.low, 82.5e9) && isClose(gap.high, 117.5e9))
        // runs out at 2028 + 18.5 / 85 = 2028.217647; as of 2026-03-31 = 2026 + (2 + 30/31) / 12
        // = 2026.247312; 2028.217647 − 2026.247312 = 1.970335. With the 35: 2028 + 53.5 / 85
        // = 2028.629412 → 2.382100
        #expect(isClose(analysis.value("funding.runway"), 1.970335))
        #expect(isClose(analysis.indicator("funding.runway")?.bounds?.high, 2.382100))
        // every amount is exact here: the round's own figures have no bounds
        #expect(analysis.indicator("round.dilution")?.bounds == nil)
        #expect(analysis.indicator("ownership.amazon")?.bounds == nil)
    }

    @Test func explainListsWhatTheBaseCaseCountsOfEachPayment() throws {
        let analysis = Analysis(scenario: try Self.builtIn("openai-2026-03-close"))
        let labels = try #require(analysis.indicator("funding.gap")).inputs.map(\.label).filter { $0.hasPrefix("Round: ") }
        #expect(labels == [
            "Round: Amazon, tranche 1 (2026-03-31) (base case counts $15B)",
            "Round: Amazon, tranche 2, conditional, unscheduled (base case counts $0)",
            "Round: SoftBank (base case counts $30B)",
            "Round: Nvidia (base case counts $30B)",
            "Round: Microsoft (base case counts nothing)",
            "Round: Retail investors (base case counts $3B)",
            "Round: Other investors, Microsoft included (base case counts $9B)",
        ])
    }

    // MARK: When a payment arrives

    @Test func paymentsArriveInTheYearTheyAreDated() throws {
        var scenario = try Self.builtIn("openai-2026-03-close")
        scenario.baseCase = BaseCasePolicy(conditional: .always, upToShare: 0)
        // Amazon's 35 dated 2028; SoftBank's 30 in two tranches, 2025 (before the horizon: its
        // first year) and 2031 (after it: not counted)
        scenario.round.investors[0].tranches[1].date = Day(year: 2028, month: 6)
        scenario.round.investors[1].tranches = [
            Tranche(amount: Sourced(.exact(10e9), source: "openai-close"), date: Day(year: 2025, month: 12), instrument: .cash,
                    status: .signed),
            Tranche(amount: Sourced(.exact(20e9), source: "openai-close"), date: Day(year: 2031), instrument: .cash,
                    status: .signed),
        ]
        // 2026: 15 + 10 + 30 + 3 + 9 = 67; 2028: 35
        #expect(Analysis(scenario: scenario).projection.years.map(\.inflows) == [67e9, 0, 35e9, 0, 0])
    }

    // MARK: Reading and writing the policy

    @Test func aScenarioWithoutAPolicyGetsTheStatedDefault() throws {
        let text = try #require(BuiltInScenarios.text(named: "openai-2026-02"))
            .replacing("base_case: {conditional: scheduled, up_to_share: 0%}\n", with: "")
        let scenario = try ScenarioLoader.load(text: text, file: "t.yaml")
        #expect(scenario.baseCase == .standard)
        #expect(scenario.baseCase == BaseCasePolicy(conditional: .scheduled, upToShare: 0))
        #expect(scenario.baseCase.summary == "firm + scheduled")
    }

    @Test(arguments: [BaseCasePolicy(conditional: .never, upToShare: 0), BaseCasePolicy(conditional: .always, upToShare: 0.35),
                      BaseCasePolicy(conditional: .scheduled, upToShare: 1)])
    func thePolicyRoundTripsThroughSave(policy: BaseCasePolicy) throws {
        var scenario = try Self.builtIn("openai-2026-02")
        scenario.baseCase = policy
        let written = ScenarioWriter.yaml(scenario)
        #expect(written.contains("\nbase_case: {conditional: \(policy.conditional.rawValue), up_to_share: "))
        #expect(try ScenarioLoader.load(text: written, file: "written.yaml") == scenario)
    }

    @Test func summariesNameThePolicyBriefly() {
        #expect(BaseCasePolicy(conditional: .never, upToShare: 0).summary == "firm only")
        #expect(BaseCasePolicy(conditional: .always, upToShare: 1).summary == "firm + up-to + conditional")
        #expect(BaseCasePolicy(conditional: .never, upToShare: 0.25).summary == "firm + 25 % of up-to")
    }
}
