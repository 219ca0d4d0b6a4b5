import Testing
@testable import BurnrateModel

@Suite struct WhatIfSummaryTests {
    let scenario = WhatIfFixture.scenario

    @Test func linesFollowTheKnobsInOrderWithNamesFromTheScenario() {
        let whatIf = WhatIf(realisation: ["nvidia": 0.25, "amazon": 0.125], revenueGrowth: -0.1, burnScale: 1.25,
                            valuation: 1.2e12, delayMonths: ["aws": 6], lostProvider: "oracle")
        #expect(whatIf.summary(in: scenario) == [
            "Amazon delivers 12.5 %",
            "Nvidia delivers 25 %",
            "revenue -10 % a year after 2025",
            "burn +25 %",
            "post-money $1.2T",
            "Amazon Web Services contract aws +6 months",
            "Oracle fails (oracle, abilene, port-washington removed)",
        ])
    }

    @Test func flatRevenueAndShrinkingBurn() {
        #expect(WhatIf(revenueGrowth: 0, burnScale: 0.9).summary(in: scenario) == ["revenue flat after 2025", "burn -10 %"])
    }

    @Test func delaysNameWhatTheyMove() {
        let whatIf = WhatIf(delayMonths: ["*": 6, "microsoft AZURE": 3, "Abilene": -1, "ORACLE": 2])
        #expect(whatIf.summary(in: scenario) == [
            "every site and contract +6 months",
            "Abilene, TX online -1 month",
            "Microsoft Azure +3 months",
            "Oracle contract oracle +2 months",
        ])
    }

    @Test func oneDelayForEverySiteIsOneLine() {
        let whatIf = WhatIf(delayMonths: ["abilene": 12, "port-washington": 12, "aws": 1])
        #expect(whatIf.summary(in: scenario) == ["every site online +12 months", "Amazon Web Services contract aws +1 month"])
    }

    @Test func unknownKeysAreShownAsGiven() {
        let whatIf = WhatIf(realisation: ["tiger": 0.5], delayMonths: ["mars": 2], lostProvider: "gcp")
        #expect(whatIf.summary(in: scenario) == ["tiger delivers 50 %", "mars +2 months", "gcp fails"])
    }

    @Test func valuationInAnotherCurrencyUsesItsSign() {
        var euros = scenario
        euros.currency = "EUR"
        #expect(WhatIf(valuation: 750e6).summary(in: euros) == ["post-money €750M"])
        euros.currency = "CHF"
        #expect(WhatIf(valuation: 750e6).summary(in: euros) == ["post-money CHF 750M"])
    }
}
