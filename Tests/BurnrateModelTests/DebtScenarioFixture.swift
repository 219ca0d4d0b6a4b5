@testable import BurnrateModel

/// A company with no round and a simple year, for working debt and leases out by hand: as of
/// 1 April 2026 (nine months of 2026 left), $20B of cash at that date, and every year like
/// 2026: revenue $12B, burn $6B (before interest, principal and leases), operating income $2.4B.
///
/// Without debt, cash at each year's end: 20 − 6 × 9/12 = 15.5 (2026), 9.5, 3.5, −2.5 (2029).
enum DebtScenarioFixture {
    static func sourced<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "memo") }

    static let scenario = Scenario(
        id: "debtco", title: "DebtCo", company: "DebtCo", asOf: Day(year: 2026, month: 4), currency: "USD",
        horizon: Horizon(start: 2026, end: 2029),
        sources: [Source(id: "memo", publisher: "DebtCo", title: "Memo", date: Day(year: 2026, month: 4), confidence: .high)],
        round: FundingRound(name: "None", status: .projected, target: sourced(.undisclosed), investors: []),
        contracts: [], sites: [],
        financials: Financials(cashOnHand: sourced(20e9), cashNotRolledForward: "stated at the as-of date", years: [
            FinancialYear(year: 2026, revenue: sourced(12e9), burn: sourced(6e9), operatingIncome: sourced(2.4e9)),
        ]),
        risk: RiskPolicy(thresholds: [:], weights: [:]))

    static func with(debt: [Debt] = [], leases: [Lease] = [], customers: [CustomerContract] = []) -> Scenario {
        var scenario = scenario
        scenario.debt = debt
        scenario.leases = leases
        scenario.customers = customers
        return scenario
    }

    /// $10B at 12 %, received in July 2025 (before the as-of date: in the cash already), all
    /// paid back in July 2027.
    static let bulletBeforeAsOf = Debt(
        id: "term-loan", lender: "Bank", kind: .loan, amount: sourced(.exact(10e9)), rate: sourced(0.12),
        start: sourced(Day(year: 2025, month: 7)), maturity: sourced(Day(year: 2027, month: 7)))

    /// $6B at 10 %, received in October 2027, all paid back in October 2029.
    static let bulletInsideHorizon = Debt(
        id: "notes-2027", lender: "Noteholders", kind: .notes, amount: sourced(.exact(6e9)), rate: sourced(0.10),
        start: sourced(Day(year: 2027, month: 10)), maturity: sourced(Day(year: 2029, month: 10)))

    /// $12B at 8 % from January 2026, paid back in equal parts over three years to January 2029.
    static let amortising = Debt(
        id: "equipment-loan", lender: "Lender", kind: .loan, amount: sourced(.exact(12e9)), rate: sourced(0.08),
        start: sourced(Day(year: 2026, month: 1)), maturity: sourced(Day(year: 2029, month: 1)), repayment: .amortising)

    /// A line of up to $5B, $2B of it drawn in December 2025, at 9 %, due in December 2030.
    static let creditLine = Debt(
        id: "revolver", lender: "Banks", kind: .creditLine, amount: sourced(.upTo(5e9)), drawn: sourced(2e9),
        rate: sourced(0.09), start: sourced(Day(year: 2025, month: 12)), maturity: sourced(Day(year: 2030, month: 12)))

    /// $3B a year for two years from July 2026.
    static let lease = Lease(
        id: "chip-vehicle", lessor: "Chip vehicle", paymentPerYear: sourced(.exact(3e9)),
        start: sourced(Day(year: 2026, month: 7)), termYears: sourced(2))
}
