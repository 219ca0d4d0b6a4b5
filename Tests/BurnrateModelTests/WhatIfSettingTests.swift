import Testing
@testable import BurnrateModel

@Suite struct WhatIfSettingTests {
    func parsed(_ settings: String...) throws -> WhatIf {
        try settings.reduce(WhatIf()) { whatIf, setting in try WhatIfSetting.apply(setting, to: whatIf) }
    }

    func error(_ setting: String) -> String? {
        do {
            _ = try WhatIfSetting.apply(setting, to: WhatIf())
            return nil
        } catch {
            return error.description
        }
    }

    @Test func realisationAsPercentageOrFraction() throws {
        #expect(try parsed("investors.softbank.realisation=50%") == WhatIf(realisation: ["softbank": 0.5]))
        #expect(try parsed("investors.softbank.realisation=0.5") == WhatIf(realisation: ["softbank": 0.5]))
        #expect(try parsed("investors.softbank.realisation=.5") == WhatIf(realisation: ["softbank": 0.5]))
        #expect(try parsed(" investors.amazon.realisation = 12.5 % ") == WhatIf(realisation: ["amazon": 0.125]))
        #expect(error("investors.softbank.realisation=lots")
            == "--set investors.softbank.realisation=lots: expected a percentage like 50% or a fraction like 0.5, found \"lots\"")
    }

    @Test func revenueGrowthWithOrWithoutSign() throws {
        #expect(try parsed("revenue.growth=0%") == WhatIf(revenueGrowth: 0))
        #expect(try parsed("revenue.growth=-10%") == WhatIf(revenueGrowth: -0.1))
        #expect(try parsed("revenue.growth=+10%") == WhatIf(revenueGrowth: 0.1))
        #expect(try parsed("revenue.growth=0.1") == WhatIf(revenueGrowth: 0.1))
        #expect(error("revenue.growth=fast")
            == "--set revenue.growth=fast: expected a growth rate like 10%, -10% or 0.1, found \"fast\"")
    }

    @Test func burnScaleAsFactorOrSignedChange() throws {
        #expect(try parsed("burn.scale=1.25") == WhatIf(burnScale: 1.25))
        // 1 + 25 % = 1.25; 1 − 10 % = 0.9
        #expect(try parsed("burn.scale=+25%") == WhatIf(burnScale: 1.25))
        #expect(try parsed("burn.scale=-10%") == WhatIf(burnScale: 0.9))
        // a bare percentage could mean ×0.25 or +25 %: refused
        #expect(error("burn.scale=25%")
            == "--set burn.scale=25%: expected a factor like 1.25 or a change like +25%, found \"25%\"")
        #expect(error("burn.scale=nan")
            == "--set burn.scale=nan: expected a factor like 1.25 or a change like +25%, found \"nan\"")
    }

    @Test func valuationAsAmount() throws {
        #expect(try parsed("valuation=600B") == WhatIf(valuation: 600e9))
        #expect(try parsed("valuation=\"$1.2T\"") == WhatIf(valuation: 1.2e12))
        #expect(try parsed("valuation='750m'") == WhatIf(valuation: 750e6))
        #expect(try parsed("valuation=30e9") == WhatIf(valuation: 30e9))
        // read here, refused by WhatIf.problems(in:) as not positive
        #expect(try parsed("valuation=-5B") == WhatIf(valuation: -5e9))
        #expect(error("valuation=huge") == "--set valuation=huge: expected an amount like 600B or $1.2T, found \"huge\"")
        #expect(error("valuation=$B") == "--set valuation=$B: expected an amount like 600B or $1.2T, found \"$B\"")
    }

    @Test func delayInMonthsOrYears() throws {
        #expect(try parsed("delay.abilene=12", "delay.aws=6m", "delay.*=1y", "delay.Microsoft Azure=1.5y", "delay.oracle=-3")
            == WhatIf(delayMonths: ["abilene": 12, "aws": 6, "*": 12, "Microsoft Azure": 18, "oracle": -3]))
        // 1.1 years is 13.2 months: not whole
        #expect(error("delay.*=1.1y") == "--set delay.*=1.1y: expected a number of months like 12, 12m or 1y, at most 1200 (100 years) either way, found \"1.1y\"")
        #expect(error("delay.aws=soon") == "--set delay.aws=soon: expected a number of months like 12, 12m or 1y, at most 1200 (100 years) either way, found \"soon\"")
    }

    @Test func lostProvider() throws {
        #expect(try parsed("lost_provider=oracle") == WhatIf(lostProvider: "oracle"))
        #expect(try parsed("lost_provider=\"Microsoft Azure\"") == WhatIf(lostProvider: "Microsoft Azure"))
        #expect(error("lost_provider=") == "--set lost_provider=: expected a provider name or contract id, found \"\"")
    }

    @Test func laterSettingsUpdateTheWhatIf() throws {
        let whatIf = try parsed("investors.softbank.realisation=50%", "burn.scale=1.1",
                                "investors.softbank.realisation=80%", "investors.nvidia.realisation=0")
        #expect(whatIf == WhatIf(realisation: ["softbank": 0.8, "nvidia": 0], burnScale: 1.1))
    }

    @Test func pathsIgnoreCaseAndKeepIdsAsTyped() throws {
        #expect(try parsed("Investors.SoftBank.Realisation=50%", "BURN.SCALE=2")
            == WhatIf(realisation: ["SoftBank": 0.5], burnScale: 2))
    }

    @Test func malformedSettings() {
        #expect(error("burn.scale") == "--set burn.scale: expected PATH=VALUE, e.g. burn.scale=1.25")
        #expect(error("burn.scal=1") == "--set burn.scal=1: unknown setting \"burn.scal\"; did you mean \"burn.scale\"?")
        #expect(error("foo=1") == "--set foo=1: unknown setting \"foo\"; settings are investors.ID.realisation, "
            + "revenue.growth, burn.scale, valuation, delay.KEY, lost_provider")
        #expect(error("investors..realisation=1") == "--set investors..realisation=1: unknown setting "
            + "\"investors..realisation\"; did you mean \"investors.ID.realisation\"?")
        // "delay." is three letters short of "delay.KEY": close enough to suggest it
        #expect(error("delay.=3") == "--set delay.=3: unknown setting \"delay.\"; did you mean \"delay.KEY\"?")
    }
}
