import BurnrateModel

/// A synthetic scenario far larger than any real round, to check that loading and analysis
/// grow gently with size: investors and contracts by the thousand, sites, and debts, leases and
/// customers a hundredth as many as investors (five times the longest such list of a real
/// company), tied by party to investors that supply.
enum LargeScenario {
    static let source = "synthetic"

    static func make(investors investorCount: Int, contracts contractCount: Int) -> Scenario {
        let financingCount = max(1, investorCount / 100)
        let sources = [Source(id: source, publisher: "burnrate benchmarks", title: "Synthetic load",
                              date: Day(year: 2026), confidence: .low)]
        let investors = (0..<investorCount).map { investor($0, contractCount: contractCount) }
        let contracts = (0..<contractCount).map(contract)
        let sites = (0..<min(contractCount, 1_000)).map(site)
        let years = (2025...2030).map(financialYear)
        let round = FundingRound(name: "Synthetic round", status: .reported,
                                 target: Sourced(.atLeast(1e12), source: source),
                                 postMoney: Sourced(.exact(5e12), source: source), investors: investors)
        return Scenario(id: "large", title: "Large synthetic scenario", company: "Synthetic",
                        asOf: Day(year: 2026, month: 2), currency: "USD", horizon: Horizon(start: 2026, end: 2030),
                        sources: sources, round: round, contracts: contracts, sites: sites,
                        financials: Financials(cashOnHand: Sourced(5e10, source: source), years: years),
                        risk: RiskPolicy(thresholds: [:], weights: [:]),
                        debt: (0..<financingCount).map { debt($0, investorCount: investorCount) },
                        leases: (0..<financingCount).map { lease($0, investorCount: investorCount) },
                        customers: (0..<financingCount).map { customer($0, investorCount: investorCount) })
    }

    /// Every fifth a credit line half drawn, every third amortising; one in five lent by an investor.
    private static func debt(_ index: Int, investorCount: Int) -> Debt {
        let amount = Double(index % 23 + 1) * 1e8
        let start = Day(year: 2024 + index % 4, month: index % 12 + 1)
        return Debt(id: "debt-\(index)", lender: "Lender \(index % 60)",
                    party: index % 5 == 0 ? "investor-\((index * 50) % investorCount)" : nil,
                    kind: index % 5 == 0 ? .creditLine : .loan, amount: Sourced(.exact(amount), source: source),
                    drawn: index % 5 == 0 ? Sourced(amount / 2, source: source) : nil,
                    rate: Sourced(0.05 + Double(index % 8) / 100, source: source), start: Sourced(start, source: source),
                    maturity: Sourced(start.adding(months: 12 * (index % 5 + 3)), source: source),
                    repayment: index % 3 == 0 ? .amortising : .bullet)
    }

    private static func lease(_ index: Int, investorCount: Int) -> Lease {
        Lease(id: "lease-\(index)", lessor: "Vehicle \(index)", parties: ["investor-\((index * 50) % investorCount)"],
              paymentPerYear: Sourced(.exact(Double(index % 11 + 1) * 1e8), source: source),
              start: Sourced(Day(year: 2025 + index % 3, month: index % 12 + 1), source: source),
              termYears: Sourced(Double(index % 5 + 2), source: source))
    }

    private static func customer(_ index: Int, investorCount: Int) -> CustomerContract {
        CustomerContract(id: "customer-\(index)", counterparty: "Customer \(index)", party: "investor-\((index * 7) % investorCount)",
                         backlog: Sourced(.exact(Double(index % 31 + 1) * 1e9), source: source),
                         start: Sourced(Day(year: 2025, month: index % 12 + 1), source: source),
                         termYears: Sourced(Double(index % 6 + 1), source: source))
    }

    private static func investor(_ index: Int, contractCount: Int) -> Investor {
        let amount: Sourced<Amount> = Sourced(.exact(Double(index % 97 + 1) * 1e8), source: source)
        let supplier: SupplierLink? = index % 50 == 0
            ? SupplierLink(supplies: "compute", contracts: ["contract-\(index % contractCount)"]) : nil
        return Investor(id: "investor-\(index)", name: "Investor \(index)", amount: amount,
                        instrument: index % 5 == 0 ? .shareSwap : .cash,
                        status: index % 3 == 0 ? .funded : .reported, supplier: supplier)
    }

    private static func contract(_ index: Int) -> CapacityContract {
        let value: Sourced<Amount> = Sourced(.exact(Double(index % 89 + 1) * 1e9), source: source)
        let term = Sourced(Double(index % 7 + 2), source: source)
        let start = Sourced(Day(year: 2025 + index % 4, month: index % 12 + 1), source: source)
        let capacity = Sourced(Double(index % 13) / 10, source: source)
        return CapacityContract(id: "contract-\(index)", provider: "Provider \(index % 40)", kind: .cloud, value: value,
                                termYears: term, start: start, capacityGW: capacity, status: .signed)
    }

    private static func site(_ index: Int) -> Site {
        Site(id: "site-\(index)", name: "Site \(index)", contract: "contract-\(index)",
             capacityGW: Sourced(0.5, source: source), power: Sourced(0.8, source: source),
             cooling: Sourced(0.7, source: source), network: Sourced(0.9, source: source),
             online: Sourced(Day(year: 2026 + index % 4), source: source))
    }

    private static func financialYear(_ year: Int) -> FinancialYear {
        FinancialYear(year: year, revenue: Sourced(Double(year - 2020) * 1e10, source: source),
                      burn: Sourced(2e10, source: source),
                      operatingIncome: Sourced(Double(year - 2023) * 1e10, source: source))
    }
}
