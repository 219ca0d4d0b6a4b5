@testable import BurnrateModel

/// The article's scenario (seed/article.md), built in Swift so that the analysis tests do not
/// depend on the YAML loader. Figures the article does not give (terms, GW, sites, revenue,
/// burn) are assumptions from data/facts.md.
enum ArticleScenarioFixture {
    static func article(_ value: Amount) -> Sourced<Amount> { Sourced(value, source: "article") }
    static func assumed<Value>(_ value: Value, _ source: String = "facts") -> Sourced<Value> {
        Sourced(value, source: source, basis: .assumption)
    }

    static let scenario = Scenario(
        id: "openai-2026-02", title: "OpenAI's $100B+ round", company: "OpenAI",
        asOf: Day(year: 2026, month: 2, day: 20), currency: "USD", horizon: Horizon(start: 2026, end: 2030),
        sources: [
            Source(id: "article", publisher: "Bloomberg (via the article)", title: "OpenAI verbrennt weiterhin Geld",
                   date: Day(year: 2026, month: 2, day: 20), confidence: .medium),
            Source(id: "facts", publisher: "burnrate", title: "Background facts", date: Day(year: 2026, month: 2),
                   confidence: .low),
        ],
        round: FundingRound(
            name: "Strategic round 2026", status: .reported,
            target: article(.atLeast(100e9)), postMoney: article(.atLeast(850e9)),
            investors: [
                Investor(id: "amazon", name: "Amazon", amount: article(.upTo(50e9)), instrument: .cash,
                         status: .reported, supplier: SupplierLink(supplies: "cloud compute (AWS)", contracts: ["aws"])),
                Investor(id: "softbank", name: "SoftBank", amount: article(.exact(30e9)), instrument: .cash,
                         status: .reported),
                Investor(id: "nvidia", name: "Nvidia", amount: article(.exact(20e9)), instrument: .cash,
                         status: .reported,
                         supplier: SupplierLink(supplies: "GPUs", spendShare: assumed(0.7))),
                Investor(id: "microsoft", name: "Microsoft", amount: article(.undisclosed), instrument: .cash,
                         status: .reported,
                         supplier: SupplierLink(supplies: "cloud compute (Azure)", contracts: ["azure"])),
            ],
            capTable: [
                CapTableEntry(holder: "Microsoft", share: Sourced(0.27, source: "facts")),
                CapTableEntry(holder: "SoftBank", share: Sourced(0.11, source: "facts")),
                CapTableEntry(holder: "OpenAI Foundation", share: Sourced(0.26, source: "facts")),
            ]),
        contracts: [
            CapacityContract(id: "aws", provider: "Amazon Web Services", kind: .cloud, value: article(.exact(38e9)),
                             termYears: assumed(7), start: assumed(Day(year: 2025, month: 11, day: 1)),
                             status: .signed),
            CapacityContract(id: "azure", provider: "Microsoft Azure", kind: .cloud, value: article(.exact(250e9)),
                             termYears: assumed(6), start: assumed(Day(year: 2025, month: 11, day: 1)),
                             payment: [
                                PaymentShare(form: .cash, share: assumed(0.5)),
                                PaymentShare(form: .shareSwap, share: assumed(0.25)),
                                PaymentShare(form: .usageGuarantee, share: assumed(0.25)),
                             ],
                             status: .signed),
            CapacityContract(id: "oracle", provider: "Oracle", kind: .dataCentre, value: assumed(.exact(300e9)),
                             termYears: assumed(5), start: assumed(Day(year: 2027)), capacityGW: assumed(4.5),
                             status: .signed),
        ],
        sites: [
            site("abilene", "Abilene, TX", gw: 1.2, power: 0.9, cooling: 0.8, network: 0.7, online: Day(year: 2026, month: 6)),
            site("saline", "Saline Township, MI", gw: 1.4, power: 0.5, cooling: 0.6, network: 0.4,
                 online: Day(year: 2027, month: 9)),
            site("port-washington", "Port Washington, WI", gw: 0.9, power: 0.3, cooling: 0.3, network: 0.6,
                 online: Day(year: 2028, month: 3)),
        ],
        financials: Financials(
            // At the end of 2025, so that it reaches the as-of date (2026-02-20) by the part of
            // 2026's burn before it, and every year-end figure is as if it stood on 1 January.
            cashOnHand: Sourced(17.5e9, source: "facts", date: Day(year: 2025)),
            years: [
                year(2025, revenue: 13.1e9, burn: 8e9),
                year(2026, revenue: 30e9, burn: 25e9),
                year(2027, revenue: 50e9, burn: 57e9),
                year(2028, revenue: 80e9, burn: 85e9),
                year(2029, revenue: 130e9, burn: 51e9),
            ]),
        risk: RiskPolicy(thresholds: [:], weights: [:]))

    static func site(_ id: String, _ name: String, gw: Double, power: Double, cooling: Double, network: Double,
                     online: Day, contract: String? = "oracle") -> Site {
        Site(id: id, name: name, contract: contract, capacityGW: assumed(gw), power: assumed(power),
             cooling: assumed(cooling), network: assumed(network), online: assumed(online))
    }

    static func year(_ year: Int, revenue: Double, burn: Double) -> FinancialYear {
        FinancialYear(year: year, revenue: assumed(revenue), burn: assumed(burn))
    }
}
