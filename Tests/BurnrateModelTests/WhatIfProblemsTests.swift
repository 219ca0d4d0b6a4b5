import Testing
@testable import BurnrateModel

@Suite struct WhatIfProblemsTests {
    let scenario = WhatIfFixture.scenario

    @Test func aWhatIfThatFitsHasNoProblems() {
        let whatIf = WhatIf(realisation: ["SoftBank": 1, "amazon": 0], revenueGrowth: -1, burnScale: 0,
                            valuation: 1, delayMonths: ["*": 1, "abilene": 1, "aws": 1, "oracle": 1, "Microsoft Azure": 1],
                            lostProvider: "Amazon Web Services")
        #expect(whatIf.problems(in: scenario) == [])
    }

    @Test func unknownInvestorsSuggestTheClosestId() {
        #expect(WhatIf(realisation: ["softbnk": 0.5, "xyz": 0.5]).problems(in: scenario) == [
            "investors.softbnk.realisation: no investor \"softbnk\" in this scenario; did you mean \"softbank\"?",
            "investors.xyz.realisation: no investor \"xyz\" in this scenario",
        ])
    }

    @Test func fractionsOutsideZeroToOne() {
        #expect(WhatIf(realisation: ["softbank": 1.5, "nvidia": -0.1]).problems(in: scenario) == [
            "investors.nvidia.realisation: -10 % is not a fraction from 0 % to 100 %",
            "investors.softbank.realisation: 150 % is not a fraction from 0 % to 100 %",
        ])
    }

    @Test func figuresOutOfRange() {
        #expect(WhatIf(revenueGrowth: -1.5, burnScale: -0.5, valuation: 0).problems(in: scenario) == [
            "revenue.growth: -150 % would make revenue negative; growth is -100 % or more",
            "burn.scale: -0.5 is not a scale of 0 or more (1.25 = +25 %)",
            "valuation: $0 is not a positive amount",
        ])
    }

    @Test func unknownDelayKeysAndProviders() {
        #expect(WhatIf(delayMonths: ["abiline": 3], lostProvider: "orcle").problems(in: scenario) == [
            "delay.abiline: no site, contract or provider \"abiline\" in this scenario; did you mean \"abilene\"?",
            "lost_provider: no provider or contract \"orcle\" in this scenario; did you mean \"Oracle\"?",
        ])
        #expect(WhatIf(lostProvider: "Google Cloud").problems(in: scenario) == [
            "lost_provider: no provider or contract \"Google Cloud\" in this scenario",
        ])
    }
}
