@testable import BurnrateModel

/// A small scenario shaped like the article's, to work what-if results out by hand.
enum WhatIfFixture {
    static func reported<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "article") }
    static func assumed<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "facts", basis: .assumption) }

    static let amazon = Investor(
        id: "amazon", name: "Amazon", amount: reported(.upTo(50e9)), instrument: .cash, status: .reported,
        supplier: SupplierLink(supplies: "cloud compute (AWS)", contracts: ["aws"]))
    static let softbank = Investor(
        id: "softbank", name: "SoftBank", amount: reported(.exact(30e9)), instrument: .cash, status: .reported,
        tranches: [
            Tranche(amount: assumed(.exact(10e9)), date: Day(year: 2026, month: 3, day: 31), instrument: .cash, status: .funded),
            Tranche(amount: assumed(.exact(20e9)), date: Day(year: 2026, month: 12), instrument: .cash, status: .reported),
        ])
    static let nvidia = Investor(
        id: "nvidia", name: "Nvidia", amount: reported(.exact(20e9)), instrument: .cash, status: .reported,
        tranches: [
            Tranche(amount: assumed(.exact(10e9)), instrument: .cash, status: .signed),
            Tranche(amount: assumed(.exact(10e9)), condition: "deployment milestone", instrument: .conditional,
                    status: .projected),
        ],
        supplier: SupplierLink(supplies: "GPUs"))
    static let microsoft = Investor(
        id: "microsoft", name: "Microsoft", amount: reported(.undisclosed), instrument: .shareSwap, status: .reported,
        supplier: SupplierLink(supplies: "cloud compute (Azure)", contracts: ["azure"]))

    static let aws = CapacityContract(
        id: "aws", provider: "Amazon Web Services", kind: .cloud, value: reported(.exact(38e9)),
        termYears: assumed(7), start: assumed(Day(year: 2025, month: 11, day: 1)), status: .signed)
    /// No start date: delays leave it without one.
    static let azure = CapacityContract(
        id: "azure", provider: "Microsoft Azure", kind: .cloud, value: reported(.exact(250e9)),
        termYears: assumed(6), status: .signed)
    static let oracle = CapacityContract(
        id: "oracle", provider: "Oracle", kind: .dataCentre, value: assumed(.exact(300e9)),
        termYears: assumed(5), start: assumed(Day(year: 2027, month: 1, day: 1)), status: .signed)

    static let abilene = Site(
        id: "abilene", name: "Abilene, TX", contract: "oracle", capacityGW: assumed(1.2), power: assumed(0.9),
        cooling: assumed(0.8), network: assumed(0.9), online: assumed(Day(year: 2026, month: 6, day: 1)))
    static let portWashington = Site(
        id: "port-washington", name: "Port Washington, WI", contract: "oracle", capacityGW: assumed(0.9),
        power: assumed(0.3), cooling: assumed(0.2), network: assumed(0.4), online: assumed(Day(year: 2028, month: 1, day: 1)))

    static let asOf = Day(year: 2026, month: 2, day: 20)

    static let scenario = Scenario(
        id: "what-if-fixture", title: "What-if fixture", company: "OpenAI", asOf: asOf, currency: "USD",
        horizon: Horizon(start: 2026, end: 2030),
        sources: [
            Source(id: "article", publisher: "Bloomberg (via the article)", title: "OpenAI round", date: asOf, confidence: .medium),
            Source(id: "facts", publisher: "burnrate facts", title: "Assumptions", date: asOf, confidence: .low),
        ],
        round: FundingRound(
            name: "2026 round", status: .reported, target: reported(.atLeast(100e9)),
            preMoney: assumed(.exact(730e9)), postMoney: reported(.atLeast(850e9)),
            investors: [amazon, softbank, nvidia, microsoft]),
        contracts: [aws, azure, oracle],
        sites: [abilene, portWashington],
        financials: Financials(cashOnHand: assumed(17.5e9).dated(Day(year: 2025)), years: [
            FinancialYear(year: 2025, revenue: reported(13.1e9), burn: reported(8e9)),
            FinancialYear(year: 2026, revenue: assumed(30e9), burn: assumed(25e9)),
            FinancialYear(year: 2027, revenue: assumed(60e9), burn: assumed(57e9)),
        ]),
        risk: RiskPolicy(thresholds: [:], weights: [:]))

    /// A figure as a what-if leaves it after changing it.
    static func whatIf<Value>(_ value: Value) -> Sourced<Value> {
        Sourced(value, source: "what-if", basis: .assumption)
    }

    /// The source `apply` adds, titled with the what-if's summary.
    static func whatIfSource(_ title: String) -> Source {
        Source(id: "what-if", publisher: "burnrate what-if", title: title, date: asOf, confidence: .low)
    }
}
