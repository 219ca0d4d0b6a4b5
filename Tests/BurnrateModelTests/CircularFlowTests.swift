import Testing
@testable import BurnrateModel

/// Money flowing back to investors that are also suppliers counts each contract dollar once,
/// worked out by hand on small scenarios where counting every flow would exceed the contracts.
@Suite struct CircularFlowTests {
    static func investor(_ id: String, contracts: [String] = [], spendShare: Double? = nil) -> Investor {
        Investor(id: id, name: id.capitalized, amount: Sourced(.exact(10e9), source: "x"), instrument: .cash, status: .signed,
                 supplier: SupplierLink(supplies: id, contracts: contracts,
                                        spendShare: spendShare.map { Sourced($0, source: "x", basis: .assumption) }))
    }

    static func contract(_ id: String, _ value: Double) -> CapacityContract {
        CapacityContract(id: id, provider: id.capitalized, kind: .cloud, value: Sourced(.exact(value), source: "x"), status: .signed)
    }

    static func scenario(investors: [Investor], contracts: [CapacityContract]) -> Scenario {
        var scenario = AnalysisEdgeCaseTests.empty
        scenario.round.investors = investors
        scenario.contracts = contracts
        return scenario
    }

    /// Cloudco, an investor, is paid under `cloud` ($100B); Chipco, an investor with no contract
    /// of its own, gets 60 % of all the company's capacity spending, Cloudco's included; `colo`
    /// ($50B) is paid to a supplier that did not invest.
    static let twoSuppliers = scenario(
        investors: [investor("cloudco", contracts: ["cloud"]), investor("chipco", spendShare: 0.6)],
        contracts: [contract("cloud", 100e9), contract("colo", 50e9)])

    @Test func aShareOfAContractPaidToAnotherInvestorIsNotCountedAgain() throws {
        let analysis = Analysis(scenario: Self.twoSuppliers)
        let flowBack = try #require(analysis.indicator("circular.flow_back"))
        // Counting every flow: Cloudco 100 + Chipco 60 % × (100 + 50) = 90 → 190, 126.7 % of the
        // 150 of contracts. Each dollar once: `cloud`'s 100 reaches Cloudco first (Chipco's 60 of it
        // is Cloudco's own spending), so it counts 100 for Cloudco; `colo` is paid to no investor,
        // so Chipco's 60 % of it counts: 30. 100 + 30 = 130, 130 ÷ 150 = 86.7 %.
        #expect(flowBack.value == 130e9)
        #expect(analysis.circularFlows.map(\.flowsBack) == [100e9, 30e9])
        #expect(analysis.circularFlows.map(\.paidDirectly) == [100e9, 0])
        #expect(analysis.circularFlows.map(\.throughOthers) == [0, 30e9])
        #expect(analysis.circularFlows.map(\.grossFlowsBack) == [100e9, 90e9])
        // 60 % alone fits in 100 %: nothing scaled
        #expect(analysis.circularFlows.map(\.isScaledDown) == [false, false])
        #expect(flowBack.formula == "each contract dollar once = Cloudco $100B + Chipco $30B = $130B = 86.7 % of contracts $150B; "
            + "gross $190B = 126.7 %")
        let derived = flowBack.inputs.filter { $0.basis == .derived }
        #expect(derived.map(\.label) == [
            "Cloudco: flows back, each dollar once", "Cloudco: flows back, gross",
            "Chipco: flows back, each dollar once", "Chipco: flows back, gross",
            "Contracts paid to no investor", "All contract value, the base", "Each dollar once ÷ all contract value",
            "Gross, shares of contracts paid to investors counted again", "Gross ÷ all contract value",
        ])
        #expect(derived.map(\.value) == [100e9, 100e9, 30e9, 90e9, 50e9, 150e9, 130.0 / 150, 190e9, 190.0 / 150])
        #expect(flowBack.level == nil)
    }

    @Test func sharesAddingUpToMoreThanAContractAreScaledDownToIt() {
        var scenario = Self.twoSuppliers
        scenario.round.investors.append(Self.investor("memco", spendShare: 0.5))
        let analysis = Analysis(scenario: scenario)
        // Chipco 60 % + Memco 50 % = 110 % of `colo`'s 50: scaled to 100 %, Chipco 50 × 0.6 ÷ 1.1
        // = 27.2727, Memco 50 × 0.5 ÷ 1.1 = 22.7273; with Cloudco's 100, 150: every dollar, once.
        // Gross: Cloudco 100, Chipco 0.6 × 150 = 90, Memco 0.5 × 150 = 75 → 265.
        let flows = analysis.circularFlows
        #expect(flows.map(\.investorID) == ["cloudco", "chipco", "memco"])
        #expect(isClose(flows[1].flowsBack, 27.272727e9))
        #expect(isClose(flows[2].flowsBack, 22.727273e9))
        #expect(isClose(analysis.value("circular.flow_back"), 150e9))
        #expect(flows.map(\.grossFlowsBack) == [100e9, 90e9, 75e9])
        // Cloudco has no spend share, so nothing of its figure was scaled
        #expect(flows.map(\.isScaledDown) == [false, true, true])
        let scaled = analysis.indicator("circular.flow_back")?.inputs.first { $0.label.hasPrefix("Spend shares together") }
        #expect(scaled?.value == 1.1)
    }

    @Test func aContractTwoInvestorsNameCountsForTheFirstInTheRound() {
        let scenario = Self.scenario(
            investors: [Self.investor("cloudco", contracts: ["cloud"]), Self.investor("chipco", contracts: ["cloud"])],
            contracts: [Self.contract("cloud", 100e9)])
        let analysis = Analysis(scenario: scenario)
        #expect(analysis.circularFlows.map(\.flowsBack) == [100e9, 0])
        #expect(analysis.circularFlows.map(\.grossFlowsBack) == [100e9, 100e9])
        #expect(analysis.value("circular.flow_back") == 100e9)
    }

    /// Every arrangement of three contracts (paid to Cloudco, to Chipco or to no investor) and
    /// three spend shares each for Chipco and Memco: never more than the contracts' total.
    @Test func neverMoreThanTheContractsTotal() {
        let contracts = [Self.contract("a", 100e9), Self.contract("b", 38e9), Self.contract("c", 250e9)]
        let payees: [[String]] = [[], ["a"], ["b", "c"], ["a", "b", "c"]]
        var exceededByEveryFlow = 0
        for cloudco in payees {
            for chipco in payees {
                for chipShare in [0.0, 0.7, 1.0] {
                    for memShare in [0.0, 0.4, 1.0] {
                        let scenario = Self.scenario(
                            investors: [Self.investor("cloudco", contracts: cloudco),
                                        Self.investor("chipco", contracts: chipco, spendShare: chipShare),
                                        Self.investor("memco", spendShare: memShare)],
                            contracts: contracts)
                        let analysis = Analysis(scenario: scenario)
                        let net = analysis.value("circular.flow_back") ?? .infinity
                        #expect(net <= 388e9 * (1 + 1e-12), "\(cloudco) \(chipco) \(chipShare) \(memShare)")
                        if analysis.circularFlows.map(\.grossFlowsBack).reduce(0, +) > 388e9 { exceededByEveryFlow += 1 }
                    }
                }
            }
        }
        // The arrangements where the old rule, counting every flow, went above the total.
        #expect(exceededByEveryFlow > 0)
    }

    /// No threshold, no level, and no part in the composite score, even with a weight.
    @Test func figuresWithoutAThresholdStayOutOfTheComposite() throws {
        var scenario = ArticleScenarioFixture.scenario
        scenario.risk.weights["circular.flow_back"] = 5
        scenario.risk.weights["ownership.amazon"] = 5
        let analysis = Analysis(scenario: scenario)
        #expect(analysis.indicators.filter { $0.level == nil && $0.isApplicable }.map(\.id)
            == ["circular.flow_back", "ownership.amazon", "ownership.softbank", "ownership.nvidia", "ownership.microsoft"])
        let composite = try #require(analysis.indicator("risk.composite"))
        #expect(composite.value == Analysis(scenario: ArticleScenarioFixture.scenario).value("risk.composite"))
        #expect(!composite.inputs.contains { $0.label.hasPrefix("Circular financing: spending") || $0.label.hasPrefix("Implied") })
        // A threshold the scenario gives it makes it judged: $498B > alert $400B.
        scenario.risk.thresholds["circular.flow_back"] = Threshold(watch: 200e9, alert: 400e9)
        #expect(Analysis(scenario: scenario).level("circular.flow_back") == .alert)
    }
}
