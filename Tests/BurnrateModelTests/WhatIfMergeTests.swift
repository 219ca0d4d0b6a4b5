import Testing
@testable import BurnrateModel

@Suite struct WhatIfMergeTests {
    @Test func settingsOnTopWinKeyByKey() {
        let preset = WhatIf(realisation: ["softbank": 0.5, "amazon": 0], burnScale: 1.25,
                            delayMonths: ["abilene": 12, "port-washington": 12], lostProvider: "oracle")
        let user = WhatIf(realisation: ["softbank": 0.8, "nvidia": 0.5], revenueGrowth: 0, burnScale: 1.1,
                          delayMonths: ["abilene": 0], lostProvider: "aws")
        #expect(preset.merged(with: user) == WhatIf(
            realisation: ["softbank": 0.8, "amazon": 0, "nvidia": 0.5], revenueGrowth: 0, burnScale: 1.1,
            delayMonths: ["abilene": 0, "port-washington": 12], lostProvider: "aws"))
    }

    @Test func anEmptyWhatIfOnTopKeepsEverything() {
        let preset = WhatIf(revenueGrowth: 0.1, valuation: 510e9, delayMonths: ["*": 6], lostProvider: "oracle")
        #expect(preset.merged(with: WhatIf()) == preset)
        #expect(WhatIf().merged(with: preset) == preset)
    }
}
