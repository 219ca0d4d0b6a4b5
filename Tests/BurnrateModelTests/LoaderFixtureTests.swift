import Testing
@testable import BurnrateModel

/// The valid fixture, loaded and checked field by field, provenance included.
@Suite struct LoaderFixtureTests {
    static let fixturePath = String(#filePath.dropLast("LoaderFixtureTests.swift".count)) + "Fixtures/valid-scenario.yaml"

    static func loadFixture() throws -> Scenario {
        try ScenarioLoader.load(contentsOf: fixturePath)
    }

    @Test func readsTheHeaderAndSources() throws {
        let scenario = try Self.loadFixture()
        #expect(scenario.id == "acme-2026")
        #expect(scenario.title == "Acme's compute bet")
        #expect(scenario.company == "Acme")
        #expect(scenario.asOf == Day(year: 2026, month: 2, day: 20))
        #expect(scenario.currency == "USD")
        #expect(scenario.horizon == Horizon(start: 2026, end: 2030))
        #expect(scenario.sources == [
            Source(id: "article", publisher: "Bloomberg (via the article)", title: "Acme raises: a round in three parts",
                   date: Day(year: 2026, month: 2, day: 20), url: "https://example.com/acme", confidence: .medium),
            Source(id: "filing", publisher: "SEC", title: "Form 8-K", date: Day(year: 2025, month: 11), confidence: .high),
        ])
    }

    @Test func readsTheRoundWithInheritedProvenance() throws {
        let round = try Self.loadFixture().round
        #expect(round.name == "Series X")
        #expect(round.date == Day(year: 2026, month: 3))
        #expect(round.status == .reported)
        // The round's source (article) applies to its figures; basis defaults to reported.
        #expect(round.target == Sourced(.atLeast(100e9), source: "article"))
        #expect(round.preMoney == Sourced(.exact(730e9), source: "article"))
        // "$1.4T" is 1.4 × 10¹²; the figure's own basis overrides, the source is inherited.
        #expect(round.postMoney == Sourced(.range(low: 850e9, high: 1.4e12), source: "article", basis: .assumption))
        #expect(round.capTable == [
            CapTableEntry(holder: "Microsoft", share: Sourced(0.27, source: "filing")),
            CapTableEntry(holder: "Employees", share: Sourced(0.26, source: "article")),
        ])
    }

    @Test func readsInvestorsSuppliersAndTranches() throws {
        let investors = try Self.loadFixture().round.investors
        #expect(investors.count == 2)
        let amazon = investors[0]
        #expect(amazon.id == "amazon")
        #expect(amazon.name == "Amazon")
        #expect(amazon.amount == Sourced(.upTo(50e9), source: "article"))
        #expect(amazon.instrument == .cash)
        #expect(amazon.status == .reported)
        #expect(amazon.supplier == SupplierLink(supplies: "cloud compute (AWS)", contracts: ["aws"],
                                                spendShare: Sourced(0.10, source: "article", basis: .assumption)))
        #expect(amazon.tranches == [
            Tranche(amount: Sourced(.exact(15e9), source: "article"), date: Day(year: 2026, month: 3, day: 31),
                    instrument: .cash, status: .funded),
            // The tranche's own basis applies to its amount; the source comes from the round.
            Tranche(amount: Sourced(.exact(35e9), source: "article", basis: .assumption),
                    condition: "IPO or AGI milestone", instrument: .conditional, status: .announced),
        ])
        #expect(amazon.note == nil)
        let nvidia = investors[1]
        #expect(nvidia.amount == Sourced(.undisclosed, source: "filing"))
        #expect(nvidia.instrument == .shareSwap)
        #expect(nvidia.status == .signed)
        #expect(nvidia.note == "Paid partly in GPUs: see the filing")
        #expect(nvidia.supplier == nil)
        #expect(nvidia.tranches.isEmpty)
    }

    @Test func readsContractsAndSites() throws {
        let scenario = try Self.loadFixture()
        #expect(scenario.contracts == [
            CapacityContract(
                id: "aws", provider: "Amazon Web Services", kind: .cloud,
                value: Sourced(.exact(38e9), source: "article"),
                termYears: Sourced(7, source: "article"),
                start: Sourced(Day(year: 2025, month: 11), source: "article"),
                // 800 MW = 0.8 GW
                capacityGW: Sourced(0.8, source: "article"),
                payment: [
                    PaymentShare(form: .cash, share: Sourced(0.5, source: "article")),
                    PaymentShare(form: .usageGuarantee, share: Sourced(0.25, source: "article", basis: .assumption)),
                ],
                status: .signed),
        ])
        #expect(scenario.sites == [
            Site(id: "abilene", name: "Abilene, TX", contract: "aws",
                 capacityGW: Sourced(1.2, source: "article", basis: .assumption),
                 power: Sourced(0.9, source: "article", basis: .assumption),
                 cooling: Sourced(0.8, source: "article", basis: .assumption),
                 // Its own source; the site's basis still applies.
                 network: Sourced(0.95, source: "filing", basis: .assumption),
                 online: Sourced(Day(year: 2026, month: 6), source: "article", basis: .assumption)),
        ])
    }

    @Test func readsFinancialsAndRisk() throws {
        let scenario = try Self.loadFixture()
        #expect(scenario.financials == Financials(
            cashOnHand: Sourced(17.5e9, source: "filing"),
            years: [
                FinancialYear(year: 2025, revenue: Sourced(13.1e9, source: "article"), burn: Sourced(8e9, source: "article")),
                FinancialYear(year: 2026, revenue: Sourced(30e9, source: "article", basis: .assumption),
                              burn: Sourced(25e9, source: "article", basis: .assumption)),
            ]))
        #expect(scenario.risk == RiskPolicy(
            thresholds: ["round.coverage": Threshold(watch: 1.0, alert: 0.8),
                         "ownership.amazon": Threshold(watch: 0.1, alert: 0.2)],
            weights: ["commitments.revenue_multiple": 3]))
    }
}
