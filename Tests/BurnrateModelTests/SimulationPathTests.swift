import Testing
@testable import BurnrateModel

/// One path of the simulation is the projection of the scenario under the what-if its draws
/// make: checked to the cent against `Projection` on what `WhatIf.apply` gives.
@Suite struct SimulationPathTests {
    @Test func aPathsYearEndCashIsTheProjectionOfItsWhatIf() throws {
        let scenario = try SimulationFixture.article()
        let model = PathModel(scenario: scenario)
        var checked = 0
        for path in 0..<400 {
            let values = model.draws(path: path, seed: 99).values
            let whatIf = SimulationFixture.whatIf(for: values, in: scenario)
            #expect(whatIf.problems(in: scenario) == [])
            let expected = Projection(scenario: whatIf.apply(to: scenario)).years.map { try! #require($0.cash) }
            let actual = model.yearEndCash(values: values)
            #expect(zip(actual, expected).allSatisfy { abs($0 - $1) < 0.01 }, "path \(path): \(whatIf)\n\(actual)\n\(expected)")
            checked += 1
        }
        #expect(checked == 400)
    }
}

extension SimulationPathTests {
    typealias F = SimulationFixture

    /// Delays whose tables would not fit the budget work out their moves path by path: the same cash.
    @Test func delaysBeyondTheTablesBudgetCostTheSame() throws {
        let scenario = try F.article()
        let tabulated = PathModel(scenario: scenario)
        let untabulated = PathModel(scenario: scenario, delayCells: 0)
        for path in 0..<200 {
            let values = tabulated.draws(path: path, seed: 4).values
            let expected = tabulated.yearEndCash(values: values)
            #expect(zip(untabulated.yearEndCash(values: values), expected).allSatisfy { abs($0 - $1) < 0.01 }, "path \(path)")
        }
    }

    /// A drawn delay's whole months, rounded by hand without a branch, are what
    /// `Int(drawn.rounded())` gives, held to 0…the table's last row: at every half month, the
    /// doubles either side of it, and beyond both ends.
    @Test func aDrawnDelayRoundsToTheNearestWholeMonthHalfUp() throws {
        let delay = try #require(PathModel(scenario: try F.article()).delays.first { $0.maxMonths > 3 })
        let last = delay.maxMonths
        var drawn: [Double] = [-.infinity, -1, -0.0, 0, 0.25, .infinity, .nan, Double(last) + 0.5, 1e300]
        for month in 0...last + 1 {
            let half = Double(month) + 0.5
            drawn += [Double(month), half, half.nextDown, half.nextUp, Double(month).nextDown, Double(month).nextUp]
        }
        for value in drawn {
            let expected = value >= 0.5 ? min(last, value.isFinite ? Int(min(value, Double(last)).rounded()) : last) : 0
            #expect(delay.months(value) == expected, "\(value)")
        }
        #expect(delay.months(2.5) == 3 && delay.months(2.5.nextDown) == 2 && delay.months(0.5.nextDown) == 0)
    }

    /// Names people read in the drivers and explain; a contract by its provider, and by its id
    /// too when the provider has two (Oracle (Stargate) holds oracle and stargate-abilene).
    @Test func inputsAreLabelledForPeople() throws {
        let inputs = PathModel(scenario: try F.article()).inputs
        #expect(inputs.map(\.input.name) == [
            "commitment.amazon", "realisation.amazon", "commitment.softbank", "realisation.softbank",
            "commitment.nvidia", "realisation.nvidia", "burn_scale", "delay.oracle", "delay.aws", "delay.saline", "delay.abilene",
        ])
        #expect(inputs.map(\.label) == [
            "Amazon's commitment realised", "Share of Amazon's commitment realised",
            "SoftBank's commitment realised", "Share of SoftBank's commitment realised",
            "Nvidia's commitment realised", "Share of Nvidia's commitment realised", "Burn scale",
            "Oracle (Stargate) contract oracle delay (months)", "Amazon Web Services contract delay (months)",
            "Saline Township, MI delay (months)", "Abilene, TX delay (months)",
        ])
        #expect(inputs[0].distribution == F.assumed(.bernoulli(0.6)))
        #expect(inputs[1].distribution == F.assumed(.uniform(low: 0.2, high: 1)))
    }

    @Test func revenueNotEarnedForAGrowthGapIsBurnt() {
        // 2025 is the revenue base year; at a gap of -10 %, 2026 earns 90 % of its 20B (2B more
        // burnt: 12B) and 2027 81 % of its 40B (7.6B more: 17.6B).
        let scenario = F.small(cash: 50e9, years: [(2025, 10e9, 0), (2026, 20e9, 10e9), (2027, 40e9, 10e9)],
                               horizon: Horizon(start: 2026, end: 2027),
                               uncertainty: Uncertainty(revenueGrowthGap: F.assumed(.fixed(-0.1))))
        let cash = PathModel(scenario: scenario).yearEndCash(values: [-0.1])
        #expect(zip(cash, [38e9, 20.4e9]).allSatisfy { abs($0 - $1) < 0.01 }, "\(cash)")
    }

    @Test func aCommitmentBringsItsRealisedShareWhenRealisedAndATrancheFollowsItsOwnEntry() {
        let tranched = Investor(id: "b", name: "B", amount: F.assumed(.upTo(30e9)), instrument: .cash, status: .reported, tranches: [
            Tranche(amount: F.assumed(.upTo(10e9)), date: Day(year: 2026, month: 6), instrument: .cash, status: .reported),
            Tranche(amount: F.assumed(.atLeast(20e9)), date: Day(year: 2027, month: 6), instrument: .conditional, status: .reported),
        ])
        let scenario = F.small(cash: 0, years: [(2026, 0, 0)], investors: [F.investor("a", 8e9, at: F.asOf), tranched],
                               horizon: Horizon(start: 2026, end: 2027),
                               uncertainty: Uncertainty(commitments: [F.commitment("b", 0.5, tranche: 2), F.commitment("b", 0.5),
                                                                      F.commitment("a", 0.5)]))
        let model = PathModel(scenario: scenario)
        // inputs: b.2 realised and share, b realised and share, a realised and share
        func cash(_ values: [Double]) -> [Double] { model.yearEndCash(values: values) }
        // b's whole entry takes tranche 1 (up to 10B: its high end), the tranche's own entry
        // tranche 2 (at least 20B: its low end), in the years they are dated
        #expect(cash([1, 0.5, 1, 0.25, 0, 1]) == [2.5e9, 12.5e9])
        #expect(cash([0, 1, 1, 1, 0, 1]) == [10e9, 10e9])
        // a realised share is held to 0…1
        #expect(cash([1, 2, 0, 1, 1, -1]) == [0, 20e9])
        // nothing named: nothing of it arrives, not even what the base case would count
        #expect(cash([0, 1, 0, 1, 0, 1]) == [0, 0])
    }
}
