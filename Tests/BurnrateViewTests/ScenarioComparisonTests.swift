import BurnrateModel
import Testing
@testable import BurnrateView

/// The article (openai-2026-02) against the round as closed (openai-2026-03-close), matched
/// by id; figures from the two built-in scenario files.
@Suite struct ScenarioComparisonTests {
    static let article = Analysis(scenario: try! ScenarioCatalog.load("openai-2026-02"))
    static let closed = Analysis(scenario: try! ScenarioCatalog.load("openai-2026-03-close"))
    let comparison = ScenarioComparison(article, closed)

    @Test func investorsAreMatchedByIDWithTheNewOnesAfterA() {
        #expect(comparison.investors.map(\.id) == ["amazon", "softbank", "nvidia", "microsoft", "retail", "others"])
        #expect(comparison.investors.map(\.presence) == [.both, .both, .both, .both, .new, .new])
        let nvidia = comparison.investors[2]
        // 20B in the article, 30B at the close
        #expect(nvidia.a?.headline == 20e9)
        #expect(nvidia.b?.headline == 30e9)
        // Amazon: "up to $50B" → $50B: the headline stays, the firm part goes from 0 to 50B.
        #expect(comparison.investors[0].a?.headline == 50e9)
        #expect(comparison.investors[0].b?.headline == 50e9)
        #expect(comparison.investors[0].a?.firm == 0)
        #expect(comparison.investors[0].b?.firm == 50e9)
        // Microsoft is undisclosed in both.
        #expect(comparison.investors[3].a?.headline == nil)
        #expect(comparison.investors[3].b?.headline == nil)
        #expect(comparison.investors[4].a == nil, "a new investor has nothing to change from")
        #expect(comparison.investors[4].b?.headline == 3e9)
    }

    @Test func theRoundTotalAndTheValuation() {
        #expect(comparison.roundTarget.a == .atLeast(100e9))
        #expect(comparison.roundTarget.b == .exact(122e9))
        #expect(comparison.postMoney.a == .atLeast(850e9))
        #expect(comparison.postMoney.b == .exact(852e9))
        // Disclosed commitments: 50 + 30 + 20 = 100B; 50 + 30 + 30 + 3 + 9 = 122B.
        #expect(comparison.committed.a == 100e9)
        #expect(comparison.committed.b == 122e9)
    }

    @Test func providersAreMatchedByNameWithTheirContractValueAndCapacity() {
        #expect(comparison.providers.map(\.id) == ["Amazon Web Services", "Microsoft Azure", "Oracle (Stargate)"])
        let aws = comparison.providers[0]
        // 38B, then 38B + the 100B expansion; 0.3 GW, then 0.3 + 2 GW
        #expect(aws.a?.value == 38e9)
        #expect(aws.b?.value == 38e9 + 100e9)
        #expect(abs((aws.b?.gigawatts ?? 0) - (aws.a?.gigawatts ?? 0) - 2) < 1e-9)
        #expect(comparison.providers[1].a?.value == comparison.providers[1].b?.value)
    }

    @Test func everyIndicatorIsMatchedWithBothValues() {
        // every one that applies to either (neither states debt nor customers), in A's order
        let applicable = Self.article.indicators.filter(\.isApplicable).map(\.id)
        #expect(comparison.indicators.prefix(applicable.count).map(\.id) == applicable)
        #expect(!comparison.indicators.contains { $0.id.hasPrefix("debt.") || $0.id == "customers.hhi" })
        let realisation = comparison.indicators.first { $0.id == IndicatorCatalogue.roundRealisation.id }
        // Nothing signed in the article (0 %); everything signed at the close (100 %).
        #expect(realisation?.a?.value == 0)
        #expect(realisation?.b?.value == 1)
        let newOwnership = comparison.indicators.filter { $0.presence == .new }.map(\.id)
        #expect(newOwnership == ["ownership.retail", "ownership.others"])
    }

    @Test func investorsAndProvidersOnlyInAAreGone() {
        var smaller = Self.article.scenario
        smaller.round.investors.removeAll { $0.id == "softbank" }
        smaller.contracts.removeAll { $0.provider == "Oracle (Stargate)" }
        smaller.sites.removeAll { $0.contract == "oracle" }
        let comparison = ScenarioComparison(Self.article, Analysis(scenario: smaller))
        #expect(comparison.investors.first { $0.id == "softbank" }?.presence == .gone)
        #expect(comparison.investors.filter { $0.presence == .gone }.count == 1)
        #expect(comparison.providers.first { $0.id == "Oracle (Stargate)" }?.presence == .gone)
        #expect(comparison.indicators.first { $0.id == "ownership.softbank" }?.presence == .gone)
        #expect(comparison.investors.first { $0.id == "softbank" }?.b == nil)
    }

    @Test func theFallbackIsTheNextBuiltInOrTheOneAScenarioCameFrom() {
        let names = ["openai-2026-02", "openai-2026-03-close"]
        #expect(CompareTarget.fallbackName(for: "openai-2026-02", among: names) == "openai-2026-03-close")
        #expect(CompareTarget.fallbackName(for: "openai-2026-03-close", among: names) == "openai-2026-02")
        #expect(CompareTarget.fallbackName(for: "openai-2026-02-whatif", among: names) == "openai-2026-02")
        #expect(CompareTarget.fallbackName(for: "openai-2026-03-close-whatif", among: names) == "openai-2026-03-close")
        #expect(CompareTarget.fallbackName(for: "acme-2027", among: names) == nil)
        #expect(CompareTarget.fallbackName(for: "openai-2026-02", among: ["openai-2026-02"]) == nil)
    }
}
