import Testing
@testable import BurnrateModel

/// Interest, principal, drawdowns and lease payments in the projection, worked by hand on
/// `DebtScenarioFixture` (as of 1 April 2026: 2026 counts its last nine months; burn $6B a
/// year, cash without debt 15.5, 9.5, 3.5, −2.5).
@Suite struct DebtProjectionTests {
    struct Row: Equatable {
        var drawn, interest, principal, lease, cash: Double
    }

    static func rows(_ scenario: Scenario) -> [Row] {
        Projection(scenario: scenario).years.map {
            Row(drawn: $0.debtDrawn, interest: $0.interest, principal: $0.principal, lease: $0.leasePayments, cash: $0.cash ?? .nan)
        }
    }

    static func expectRows(_ scenario: Scenario, _ expected: [Row], sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = rows(scenario)
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (year, (row, want)) in zip(2026..., zip(actual, expected)) {
            for (name, got, value) in [("drawn", row.drawn, want.drawn), ("interest", row.interest, want.interest),
                                       ("principal", row.principal, want.principal), ("lease", row.lease, want.lease),
                                       ("cash", row.cash, want.cash)] {
                #expect(isClose(got, value), "\(year) \(name): \(got) against \(value)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func aBulletLoanDrawnBeforeTheAsOfDate() {
        // 10B at 12 %: 0.1B of interest a month; drawn in 2025, in the cash already.
        // 2026: Apr–Dec, 9 × 0.1 = 0.9 → 20 − 4.5 − 0.9 = 14.6
        // 2027: Jan–Jun 6 × 0.1 = 0.6, and the 10 at maturity in July → 14.6 − 6 − 0.6 − 10 = −2.0
        // 2028, 2029: nothing outstanding → −8.0, −14.0
        Self.expectRows(DebtScenarioFixture.with(debt: [DebtScenarioFixture.bulletBeforeAsOf]), [
            Row(drawn: 0, interest: 0.9e9, principal: 0, lease: 0, cash: 14.6e9),
            Row(drawn: 0, interest: 0.6e9, principal: 10e9, lease: 0, cash: -2.0e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: -8.0e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: -14.0e9),
        ])
    }

    @Test func aBulletLoanDrawnInsideTheHorizon() {
        // 6B at 10 %: 0.05B a month. 2026: nothing → 15.5
        // 2027: 6 drawn in October, Oct–Dec 3 × 0.05 = 0.15 → 15.5 + 6 − 6 − 0.15 = 15.35
        // 2028: 12 × 0.05 = 0.6 → 15.35 − 6 − 0.6 = 8.75
        // 2029: Jan–Sep 9 × 0.05 = 0.45, and the 6 at maturity in October → 8.75 − 6 − 0.45 − 6 = −3.7
        Self.expectRows(DebtScenarioFixture.with(debt: [DebtScenarioFixture.bulletInsideHorizon]), [
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: 15.5e9),
            Row(drawn: 6e9, interest: 0.15e9, principal: 0, lease: 0, cash: 15.35e9),
            Row(drawn: 0, interest: 0.6e9, principal: 0, lease: 0, cash: 8.75e9),
            Row(drawn: 0, interest: 0.45e9, principal: 6e9, lease: 0, cash: -3.7e9),
        ])
    }

    @Test func anAmortisingLoanPaysEqualPartsAndInterestOnWhatIsLeft() {
        // 12B over 36 months from January 2026: 1/3 B a month; at the as-of date 12 × 33/36 = 11 left.
        // 2026: 9 months → 3 repaid; outstanding 11 → 8, mean 9.5 × 8 % × 9/12 = 0.57
        //       → 20 − 4.5 − 0.57 − 3 = 11.93
        // 2027: 4 repaid; 8 → 4, mean 6 × 8 % = 0.48 → 11.93 − 6 − 0.48 − 4 = 1.45
        // 2028: 4 repaid; 4 → 0, mean 2 × 8 % = 0.16 → 1.45 − 6 − 0.16 − 4 = −8.71
        // 2029: all paid back in January → −14.71
        Self.expectRows(DebtScenarioFixture.with(debt: [DebtScenarioFixture.amortising]), [
            Row(drawn: 0, interest: 0.57e9, principal: 3e9, lease: 0, cash: 11.93e9),
            Row(drawn: 0, interest: 0.48e9, principal: 4e9, lease: 0, cash: 1.45e9),
            Row(drawn: 0, interest: 0.16e9, principal: 4e9, lease: 0, cash: -8.71e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: -14.71e9),
        ])
    }

    @Test func aCreditLinePaysInterestOnItsDrawnPartOnly() {
        // 2 of up to 5 drawn at 9 %: 0.015B a month, due after the horizon.
        // 2026: 9 × 0.015 = 0.135 → 15.5 − 0.135 = 15.365; then 0.18 a year: 9.185, 3.005, −3.175
        Self.expectRows(DebtScenarioFixture.with(debt: [DebtScenarioFixture.creditLine]), [
            Row(drawn: 0, interest: 0.135e9, principal: 0, lease: 0, cash: 15.365e9),
            Row(drawn: 0, interest: 0.18e9, principal: 0, lease: 0, cash: 9.185e9),
            Row(drawn: 0, interest: 0.18e9, principal: 0, lease: 0, cash: 3.005e9),
            Row(drawn: 0, interest: 0.18e9, principal: 0, lease: 0, cash: -3.175e9),
        ])
    }

    @Test func aLeaseStartingMidYearPaysItsMonths() {
        // 3B a year from July 2026 for two years: Jul–Dec 2026 1.5, 2027 3, Jan–Jun 2028 1.5.
        // 15.5 − 1.5 = 14.0; 14 − 6 − 3 = 5.0; 5 − 6 − 1.5 = −2.5; −2.5 − 6 = −8.5
        Self.expectRows(DebtScenarioFixture.with(leases: [DebtScenarioFixture.lease]), [
            Row(drawn: 0, interest: 0, principal: 0, lease: 1.5e9, cash: 14.0e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 3e9, cash: 5.0e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 1.5e9, cash: -2.5e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: -8.5e9),
        ])
    }

    @Test func runwayAndFundingGapFollowTheCash() throws {
        let analysis = Analysis(scenario: DebtScenarioFixture.with(debt: [DebtScenarioFixture.bulletBeforeAsOf]))
        // 14.6 at the end of 2026, −2.0 at the end of 2027: 2027 + 14.6 ÷ 16.6 = 2027.879518;
        // from 2026.25: 1.629518 years (without the loan: 2029 + 3.5 ÷ 6 − 2026.25 = 3.333333)
        #expect(isClose(analysis.projection.cashRunsOut, 2027.879518))
        #expect(isClose(analysis.value("funding.runway"), 1.629518))
        // the lowest year-end cash: −14.0 in 2029
        #expect(isClose(analysis.value("funding.gap"), 14e9))
        // explain lists the loan's figures and what it moved each year among the cash line's
        let inputs = try #require(analysis.indicator("funding.runway")).inputs
        #expect(inputs.contains { $0.label == "Debt term-loan (Bank, loan, bullet, from 2025-07 to 2027-07): rate" && $0.source == "memo" })
        let moved = inputs.filter { $0.label.hasPrefix("Debt and leases") }
        #expect(moved.map(\.label) == [
            "Debt and leases 2026 after as-of: $0 drawn − $900M interest − $0 principal − $0 lease payments",
            "Debt and leases 2027 after as-of: $0 drawn − $600M interest − $10B principal − $0 lease payments",
        ])
        #expect(moved.map(\.value) == [-0.9e9, -10.6e9])
    }

    @Test func aScenarioWithoutDebtIsProjectedAsBefore() {
        // the article's figures as `ProjectionTests.cashYearByYear` works them out, and nothing of debt
        let projection = Projection(scenario: ArticleScenarioFixture.scenario)
        let expected = [42.5e9, -14.5e9, -99.5e9, -150.5e9, -201.5e9]
        #expect(zip(projection.years.compactMap(\.cash), expected).allSatisfy { isClose($0, $1) })
        #expect(projection.years.allSatisfy { $0.debtDrawn == 0 && $0.interest == 0 && $0.principal == 0 && $0.leasePayments == 0 })
        // without debt the fixture burns 4.5 of its 20, then 6 a year
        Self.expectRows(DebtScenarioFixture.scenario, [15.5e9, 9.5e9, 3.5e9, -2.5e9].map {
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: $0)
        })
    }

    @Test func anUndisclosedDebtCountsNowhere() {
        var undisclosed = DebtScenarioFixture.bulletInsideHorizon
        undisclosed.amount = DebtScenarioFixture.sourced(.undisclosed)
        #expect(Projection(scenario: DebtScenarioFixture.with(debt: [undisclosed])) == Projection(scenario: DebtScenarioFixture.scenario))
    }

    /// Cash on hand stated at the end of 2025 and rolled forward to the as-of date (1 April
    /// 2026): debt counts from the date cash on hand stands at, as burn does, and round money
    /// paid before the as-of date is in the cash the runway starts from.
    @Test func cashAtTheAsOfDateHoldsWhatDebtAndTheRoundMovedSinceCashOnHandsDate() {
        var scenario = DebtScenarioFixture.with(debt: [DebtScenarioFixture.bulletBeforeAsOf])
        scenario.financials.cashOnHand = Sourced(20e9, source: "memo", date: Day(year: 2025, month: 12, day: 31))
        scenario.financials.cashNotRolledForward = nil
        scenario.round = FundingRound(name: "Series A", status: .funded, target: DebtScenarioFixture.sourced(.exact(5e9)), investors: [
            Investor(id: "fund", name: "Fund", amount: DebtScenarioFixture.sourced(.exact(5e9)), instrument: .cash, status: .funded,
                     tranches: [Tranche(amount: DebtScenarioFixture.sourced(.exact(5e9)), date: Day(year: 2026, month: 2), instrument: .cash, status: .funded)]),
        ])
        let projection = Projection(scenario: scenario)
        // at 1 April: 20 − 3 × 0.5 of burn (Jan–Mar) − 3 × 0.1 of interest + the 5 paid in February = 23.2
        #expect(isClose(projection.cashRollForward.cash, 18.5e9))
        #expect(isClose(projection.startingCash, 23.2e9))
        #expect(isClose(projection.openingCash ?? .nan, 23.2e9))
        // 2026: 20 − 6 − 12 × 0.1 + 5 = 17.8; 2027: − 6 − 6 × 0.1 − 10 at maturity = 1.2; 2028: − 6 = −4.8
        Self.expectRows(scenario, [
            Row(drawn: 0, interest: 1.2e9, principal: 0, lease: 0, cash: 17.8e9),
            Row(drawn: 0, interest: 0.6e9, principal: 10e9, lease: 0, cash: 1.2e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: -4.8e9),
            Row(drawn: 0, interest: 0, principal: 0, lease: 0, cash: -10.8e9),
        ])
        // runs out a fifth into 2028 (1.2 of the 6 it falls): 2028.2 − 2026.25 = 1.95 years
        #expect(isClose(projection.cashRunsOut ?? .nan, 2028.2))
    }
}
