import Testing
@testable import BurnrateModel

/// A small made-up company whose investors pay in tranches, to exercise what the article's
/// scenario does not: tranche statuses, dates and instruments, a derived post-money valuation,
/// a merged cap-table holder, contracts without a term, a start or a disclosed value.
@Suite struct AnalysisTrancheScenarioTests {
    static func sourced<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "memo") }

    static let scenario = Scenario(
        id: "acme", title: "Acme", company: "Acme", asOf: Day(year: 2024, month: 6, day: 15), currency: "EUR",
        horizon: Horizon(start: 2025, end: 2027),
        sources: [Source(id: "memo", publisher: "Acme", title: "Memo", date: Day(year: 2024), confidence: .high)],
        round: FundingRound(
            name: "Series B", date: Day(year: 2024, month: 9), status: .announced, target: sourced(.exact(10e9)),
            preMoney: sourced(.exact(40e9)),
            investors: [
                Investor(id: "alpha", name: "Alpha", amount: sourced(.exact(6e9)), instrument: .cash, status: .announced,
                         tranches: [
                            Tranche(amount: sourced(.exact(2e9)), date: Day(year: 2024, month: 9), instrument: .cash,
                                    status: .funded),
                            Tranche(amount: sourced(.exact(3e9)), date: Day(year: 2026, month: 3), instrument: .prepayment,
                                    status: .signed),
                            Tranche(amount: sourced(.exact(1e9)), condition: "IPO", instrument: .conditional,
                                    status: .projected),
                         ]),
                Investor(id: "beta", name: "Beta", amount: sourced(.exact(4e9)), instrument: .shareSwap, status: .signed),
                Investor(id: "gamma", name: "Gamma", amount: sourced(.exact(2e9)), instrument: .conditional,
                         status: .projected,
                         tranches: [Tranche(amount: sourced(.exact(2e9)), date: Day(year: 2029), instrument: .conditional,
                                            status: .projected)]),
            ],
            capTable: [
                CapTableEntry(holder: "Founders", share: sourced(0.6)),
                CapTableEntry(holder: "BETA", share: sourced(0.4)),
            ]),
        contracts: [
            CapacityContract(id: "cloudco", provider: "CloudCo", kind: .cloud, value: sourced(.exact(8e9)),
                             capacityGW: sourced(1.0), status: .signed),
            CapacityContract(id: "chipco", provider: "ChipCo", kind: .chips, value: sourced(.undisclosed),
                             termYears: sourced(2), start: sourced(Day(year: 2026, month: 7)), capacityGW: sourced(3.0),
                             status: .announced),
            CapacityContract(id: "cloudco-2", provider: "CloudCo", kind: .cloud, value: sourced(.exact(2e9)),
                             termYears: sourced(4), start: sourced(Day(year: 2025, month: 7)),
                             payment: [PaymentShare(form: .prepayment, share: sourced(1.0))], status: .signed),
        ],
        sites: [],
        financials: Financials(cashOnHand: sourced(1e9), years: [
            FinancialYear(year: 2024, revenue: sourced(2e9), burn: sourced(3e9)),
            FinancialYear(year: 2026, revenue: sourced(4e9), burn: sourced(6e9)),
        ]),
        risk: RiskPolicy(thresholds: [:], weights: [:]))

    let analysis = Analysis(scenario: Self.scenario)

    @Test func realisationGoesTrancheByTranche() throws {
        let realisation = try #require(analysis.indicator("round.realisation"))
        // Alpha: 2 funded + 3 signed (1 projected left out); Beta signed 4 (no tranches); Gamma projected
        // 9 / (6 + 4 + 2 = 12) = 0.75 ≥ watch 0.5 → ok
        #expect(isClose(realisation.value, 0.75))
        #expect(realisation.level == .ok)
        #expect(realisation.inputs.map(\.label) == [
            "Alpha, tranche 1 (2024-09): funded, realised", "Alpha, tranche 2 (2026-03): signed, realised",
            "Alpha, tranche 3: projected", "Beta: signed, realised", "Gamma, tranche 1 (2029): projected",
        ])
    }

    @Test func inflowsArriveByTrancheYear() {
        // 2025: Alpha 2 (2024, before the horizon) + Beta 4 (round date) = 6 in the base case
        // (firm + scheduled); Alpha's 1 waits on an IPO no date schedules: left out, though at
        // most it comes with the round (2024 → 2025): 7.
        // 2026: Alpha 3; 2027: nothing; Gamma's 2029 tranche falls after the horizon
        #expect(analysis.projection.years.map(\.inflows) == [6e9, 3e9, 0])
        #expect(analysis.projection.years.map(\.inflowBounds)
            == [Bounded(low: 6e9, high: 7e9), Bounded(exactly: 3e9), .zero])
    }

    @Test func theBaseCasePolicyDecidesOnConditionalMoney() {
        var scenario = Self.scenario
        // counted as if the IPO happened: 2 + 1 + 4 = 7 in 2025
        scenario.baseCase = BaseCasePolicy(conditional: .always, upToShare: 0)
        #expect(Analysis(scenario: scenario).projection.years.map(\.inflows) == [7e9, 3e9, 0])
        // dated 2026-01, the IPO tranche is scheduled: 2 + 4 = 6 in 2025, 3 + 1 = 4 in 2026
        scenario.baseCase = .standard
        scenario.round.investors[0].tranches[2].date = Day(year: 2026, month: 1)
        #expect(Analysis(scenario: scenario).projection.years.map(\.inflows) == [6e9, 4e9, 0])
        // never: left out, dated or not
        scenario.baseCase = BaseCasePolicy(conditional: .never, upToShare: 0)
        #expect(Analysis(scenario: scenario).projection.years.map(\.inflows) == [6e9, 3e9, 0])
        #expect(Analysis(scenario: scenario).projection.years.map(\.inflowBounds)
            == [Bounded(exactly: 6e9), Bounded(low: 3e9, high: 4e9), .zero])
    }

    @Test func cashRunwayAndGap() {
        // Cash (dated 2024, which takes in the as-of date 2024-06-15) stands at the as-of date and
        // burns the rest of 2024 before the horizon starts: 12 − (5 + 14/30) = 6.533333 months of
        // 3: 1.633333. Burn 2025 as 2024: 3; 2026: 6; 2027 as 2026: 6.
        // cash 1 − 1.633333 + 6 − 3 = 2.366667; + 3 − 6 = −0.633333; − 6 = −6.633333
        // (with the IPO tranche's 1 in 2025: 3.366667, 0.366667, −5.633333)
        let expected = [2.366667e9, -0.633333e9, -6.633333e9]
        #expect(zip(analysis.projection.years.compactMap(\.cash), expected).allSatisfy { isClose($0, $1) })
        let high = [3.366667e9, 0.366667e9, -5.633333e9]
        #expect(zip(analysis.projection.years.compactMap(\.cashBounds), zip(expected, high)).allSatisfy { bounds, expected in
            isClose(bounds.low, expected.0) && isClose(bounds.high, expected.1)
        })
        // runs out at 2026 + 2.366667/3 = 2026.788889; as of 2024-06-15 = 2024 + (5 + 14/30)/12 = 2024.455556
        // 2026.788889 − 2024.455556 = 2.333333 < watch 3 → watch; with the IPO tranche
        // 2027 + 0.366667/6 = 2027.061111 → 2.605556
        #expect(isClose(analysis.value("funding.runway"), 2.333333))
        #expect(isClose(analysis.indicator("funding.runway")?.bounds?.high, 2.605556))
        #expect(analysis.level("funding.runway") == .watch)
        // gap 6.633333 ≤ alert 50B, > watch 0 → watch; 5.633333 to 6.633333 with or without the IPO tranche
        #expect(isClose(analysis.value("funding.gap"), 6.633333e9))
        #expect(isClose(analysis.indicator("funding.gap")?.bounds?.low, 5.633333e9))
        #expect(isClose(analysis.indicator("funding.gap")?.bounds?.high, 6.633333e9))
        #expect(analysis.level("funding.gap") == .watch)
    }

    @Test func obligationsWithoutTermOrStartSpreadFromAsOfToTheHorizonEnd() {
        // cloudco 8 over 2024.455556 … 2028 (3.544444 years): 2.257053 a full year
        // cloudco-2 2 over 2025.5 … 2029.5: 0.25 in 2025, 0.5 after; chipco undisclosed adds nothing
        let expected = [2.507053e9, 2.757053e9, 2.757053e9]
        for (year, obligations) in zip(analysis.projection.years, expected) {
            #expect(isClose(year.obligationsDue, obligations), "\(year.year)")
        }
    }

    @Test func capacityFromContractsWithoutSites() {
        // CloudCo 1 GW from its as-of start (2024); ChipCo 3 GW from 2026
        #expect(analysis.projection.years.map { $0.capacityOnlineGW.map(\.gigawatts) } == [[1, 0], [1, 3], [1, 3]])
        #expect(analysis.projection.years.map(\.totalCapacityOnlineGW) == [1, 4, 4])
    }

    @Test func roundFiguresWithADerivedPostMoney() throws {
        // 12 / 10 = 1.2 → ok
        #expect(isClose(analysis.value("round.coverage"), 1.2))
        // post-money 40 + 12 = 52; 12 / 52 = 0.230769: > watch 0.15 → watch
        let dilution = try #require(analysis.indicator("round.dilution"))
        #expect(isClose(dilution.value, 0.230769))
        #expect(dilution.level == .watch)
        #expect(dilution.formula == "committed ÷ post-money = €12B ÷ (€40B + €12B) = 23.1 %")
        #expect(dilution.inputs.map(\.label) == ["Alpha", "Beta", "Gamma", "Pre-money valuation"])
        #expect(isClose(analysis.value("ownership.alpha"), 0.115385))   // 6 / 52
        #expect(analysis.indicator("ownership.alpha")?.inputs.map(\.label) == ["Alpha", "Pre-money valuation", "Beta", "Gamma"])
        // 50² + 33.333² + 16.667² = 2500 + 1111.111 + 277.778 = 3888.889 → watch
        #expect(isClose(analysis.value("investors.hhi"), 3888.889, tolerance: 1e-6))
    }

    @Test func capTableMergesAnInvestorThatAlreadyHolds() {
        // kept 40 / 52; Founders 0.6 × 40/52 = 0.461538; Beta 0.4 × 40/52 + 4/52 = 20/52 = 0.384615
        // Alpha 6/52 = 0.115385; Gamma 2/52 = 0.038462; together 1
        let rows = analysis.capTable
        #expect(rows.map(\.holder) == ["Founders", "BETA", "Alpha", "Gamma"])
        #expect(zip(rows.map(\.after), [0.461538, 0.384615, 0.115385, 0.038462]).allSatisfy { isClose($0, $1) })
        #expect(isClose(rows.compactMap(\.after).reduce(0, +), 1))
    }

    @Test func suppliersWithAnUndisclosedContract() throws {
        // CloudCo 8 + 2 = 10 of 10 disclosed: HHI 100² = 10000, largest share 1 → alert
        #expect(isClose(analysis.value("suppliers.hhi"), 10000))
        #expect(analysis.value("suppliers.largest_share") == 1)
        #expect(analysis.providers.map(\.value) == [10e9, nil])
        #expect(analysis.providers.map(\.share) == [1, nil])
        // GW: CloudCo 1, ChipCo 3: 1 − 3/4 = 0.25 < alert 0.4 → alert
        #expect(analysis.value("suppliers.capacity_if_largest_fails") == 0.25)
        #expect(analysis.level("suppliers.capacity_if_largest_fails") == .alert)
        // revenue: no year before 2024, so the as-of year 2024: 10 / 2 = 5 ≤ watch 10 → ok
        let multiple = try #require(analysis.indicator("commitments.revenue_multiple"))
        #expect(multiple.value == 5)
        #expect(multiple.level == .ok)
        #expect(multiple.formula == "commitments ÷ revenue 2024 = €10B ÷ €2B = 5.00×")
    }

    @Test func nonCashShareCountsTranchesAndContractPayments() {
        // round: Alpha's prepayment tranche 3 + Beta's share swap 4 = 7 (conditional and cash do not count)
        // contracts: cloudco-2 2 × 100 % prepayment = 2; (7 + 2) / (12 + 10) = 0.409091 > alert 0.4 → alert
        #expect(isClose(analysis.value("financing.non_cash_share"), 0.409091))
        #expect(analysis.level("financing.non_cash_share") == .alert)
    }

    @Test func noSuppliersNoSites() throws {
        #expect(analysis.value("circular.share") == 0)
        #expect(analysis.value("circular.flow_back") == 0)
        let readiness = try #require(analysis.indicator("infrastructure.readiness"))
        #expect(readiness.value == nil)
        #expect(readiness.level == nil)   // no site to judge: not judged, never "ok"
        #expect(readiness.inputs.isEmpty)
    }
}
