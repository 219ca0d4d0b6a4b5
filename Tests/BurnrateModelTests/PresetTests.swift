import Testing
@testable import BurnrateModel

@Suite struct PresetTests {
    typealias F = WhatIfFixture
    let scenario = WhatIfFixture.scenario

    func preset(_ id: String) throws -> StressPreset { try #require(StressPreset.named(id)) }

    @Test func idsAreUniqueKebabCaseAndFoundByIdOrName() throws {
        let ids = StressPreset.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
        #expect(try preset("SOFTBANK-HALF").id == "softbank-half")
        #expect(try preset("power a year late").id == "power-late")
        #expect(StressPreset.named("meteor-strike") == nil)
    }

    @Test func everyPresetFitsTheArticlesScenarioAndSaysWhichRiskItModels() {
        for preset in StressPreset.all {
            #expect(preset.whatIf(for: scenario).problems(in: scenario) == [], "\(preset.id)")
            #expect(!preset.whatIf(for: scenario).isEmpty, "\(preset.id)")
            #expect(preset.summary.hasSuffix(".") && preset.summary.filter { $0 == "." }.count == 1, "\(preset.id)")
        }
    }

    @Test func softbankHalf() throws {
        let whatIf = try preset("softbank-half").whatIf(for: scenario)
        #expect(whatIf == WhatIf(realisation: ["softbank": 0.5]))
        // 30B × 50 % = 15B
        #expect(whatIf.apply(to: scenario).investor(id: "softbank")?.amount == F.whatIf(.exact(15e9)))
    }

    @Test func powerLateMovesEverySiteButNoContract() throws {
        let whatIf = try preset("power-late").whatIf(for: scenario)
        #expect(whatIf == WhatIf(delayMonths: ["abilene": 12, "port-washington": 12]))
        #expect(whatIf.summary(in: scenario) == ["every site online +12 months"])
        let result = whatIf.apply(to: scenario)
        #expect(result.sites.map(\.online.value) == [Day(year: 2027, month: 6, day: 1), Day(year: 2029, month: 1, day: 1)])
        #expect(result.contracts == scenario.contracts)
    }

    @Test func revenueFlat() throws {
        let result = try preset("revenue-flat").whatIf(for: scenario).apply(to: scenario)
        // base 2025 (the last year before the as-of year 2026): 13.1B for 2026 and 2027
        #expect(result.financials.years.map(\.revenue.value) == [13.1e9, 13.1e9, 13.1e9])
    }

    @Test func largestCloudFailsLosesAzure() throws {
        let whatIf = try preset("largest-cloud-fails").whatIf(for: scenario)
        // cloud contracts: Azure 250B > AWS 38B; Oracle's 300B is a data centre, not cloud
        #expect(whatIf == WhatIf(lostProvider: "Microsoft Azure"))
        let result = whatIf.apply(to: scenario)
        #expect(result.contracts.map(\.id) == ["aws", "oracle"])
        #expect(result.investor(id: "microsoft")?.supplier?.contracts == [])
    }

    @Test func largestCloudAddsUpAProvidersContracts() throws {
        var scenario = scenario
        for value in [120e9, 140e9] {
            scenario.contracts.append(CapacityContract(
                id: "aws-\(Int(value / 1e9))", provider: "Amazon Web Services", kind: .cloud,
                value: F.reported(.upTo(value)), status: .reported))
        }
        // AWS 38 + 120 + 140 = 298B > Azure 250B
        #expect(try preset("largest-cloud-fails").whatIf(for: scenario) == WhatIf(lostProvider: "Amazon Web Services"))
    }

    @Test func conditionalMoneyFailsKeepsOnlyTheFirmPart() throws {
        let whatIf = try preset("conditional-money-fails").whatIf(for: scenario)
        // amazon: up to 50B, firm 0 → 0 ÷ 50 = 0; nvidia: unconditional tranche 10B of 20B → 0.5;
        // softbank (exact, unconditional tranches) and microsoft (undisclosed) are left alone
        #expect(whatIf == WhatIf(realisation: ["amazon": 0, "nvidia": 0.5]))
        let result = whatIf.apply(to: scenario)
        #expect(result.investor(id: "amazon")?.amount == F.whatIf(.exact(0)))
        #expect(result.investor(id: "nvidia")?.amount == F.whatIf(.exact(10e9)))
        #expect(result.investor(id: "nvidia")?.tranches.map(\.amount.value) == [.exact(5e9), .exact(5e9)])
        #expect(result.investor(id: "softbank") == F.softbank)
    }

    @Test func burnOverrun() throws {
        let result = try preset("burn-overrun").whatIf(for: scenario).apply(to: scenario)
        // 8, 25, 57 × 1.25 = 10, 31.25, 71.25
        #expect(result.financials.years.map(\.burn.value) == [10e9, 31.25e9, 71.25e9])
    }

    @Test func gpuScarcityDelaysEverythingSixMonths() throws {
        let result = try preset("gpu-scarcity").whatIf(for: scenario).apply(to: scenario)
        // aws 2025-11-01 + 6 = 2026-05-01; azure has no start; oracle 2027-01-01 + 6 = 2027-07-01
        #expect(result.contracts.map(\.start?.value) == [Day(year: 2026, month: 5, day: 1), nil, Day(year: 2027, month: 7, day: 1)])
        // abilene 2026-06-01 + 6 = 2026-12-01; port-washington 2028-01-01 + 6 = 2028-07-01
        #expect(result.sites.map(\.online.value) == [Day(year: 2026, month: 12, day: 1), Day(year: 2028, month: 7, day: 1)])
    }

    @Test func valuationResetCutsPostMoneyByFortyPercent() throws {
        let whatIf = try preset("valuation-reset").whatIf(for: scenario)
        // at least 850B × 0.6 = 510B
        #expect(whatIf == WhatIf(valuation: 510e9))
        let round = whatIf.apply(to: scenario).round
        // pre-money keeps the round's 850 − 730 = 120B: 510 − 120 = 390B
        #expect(round.postMoney == F.whatIf(.exact(510e9)))
        #expect(round.preMoney == F.whatIf(.exact(390e9)))
    }

    @Test func circularUnwindRemovesTheMoneyOfInvestorsWhoAreSuppliers() throws {
        let whatIf = try preset("circular-unwind").whatIf(for: scenario)
        #expect(whatIf == WhatIf(realisation: ["amazon": 0, "nvidia": 0, "microsoft": 0]))
        let investors = whatIf.apply(to: scenario).round.investors
        #expect(investors.map(\.amount.value) == [.exact(0), .exact(30e9), .exact(0), .exact(0)])
        #expect(whatIf.summary(in: scenario) == ["Amazon delivers 0 %", "Nvidia delivers 0 %", "Microsoft delivers 0 %"])
    }
}
