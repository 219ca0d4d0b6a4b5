import Foundation
import Testing

/// `burnrate export` of a scenario file with a loan, from the file to the JSON: the reading,
/// the projection's interest and principal and the debt indicators together.
@Suite struct ExportDebtCommandTests {
    /// As of 1 April 2026 (nine months of 2026 left), $20B at that date, $1B of round money in
    /// 2026, burn $6B a year; $10B at 12 % drawn in July 2025, due in July 2027.
    static let scenario = """
        id: debtco
        title: DebtCo
        company: DebtCo
        as_of: 2026-04
        currency: USD
        horizon: {start: 2026, end: 2029}
        sources:
          - {id: memo, publisher: DebtCo, title: Memo, date: 2026-04, confidence: high}
        round:
          name: Seed
          status: reported
          source: memo
          target: 1B
          investors:
            - {id: fund, name: Fund, amount: 1B, instrument: cash, status: funded}
        contracts: []
        debt:
          - id: term-loan
            lender: Bank
            kind: loan
            amount: 10B
            rate: 12%
            start: 2025-07
            maturity: 2027-07
            repayment: bullet
            source: memo
        financials:
          source: memo
          cash_on_hand: 20B
          cash_not_rolled_forward: stated at the as-of date
          years:
            - {year: 2026, revenue: 12B, burn: 6B, operating_income: 2.4B}

        """

    @Test func theLoansInterestAndPrincipalReachTheExport() throws {
        let directory = try TemporaryDirectory.with(["debtco.yaml": Array(Self.scenario.utf8)])
        let run = try BurnrateRun.run(["export", "--scenario", "debtco.yaml", "--format", "json"], in: directory)
        #expect(run.stderr == "")
        #expect(run.status == 0)
        let json = try run.json()
        let projection = try json.array("projection")
        // 2026: 0.1B of interest a month for nine months; 20 + 1 − 4.5 − 0.9 = 15.6
        // 2027: six months' 0.6 and the 10 in July; 15.6 − 6 − 0.6 − 10 = −1.0
        #expect(projection.map { $0.number("interest").map { ($0 / 1e6).rounded() } } == [900, 600, 0, 0])
        #expect(projection.map { $0.number("principal") } == [0, 10e9, 0, 0])
        #expect(projection.map { $0.number("cash").map { ($0 / 1e6).rounded() } } == [15_600, -1_000, -7_000, -13_000])
        let indicators = try json.array("indicators")
        // 2.4 ÷ (12 × 0.1) = 2.0 < watch 3
        let cover = try indicators.with(id: "debt.interest_cover")
        #expect(cover.number("value").map { ($0 * 1000).rounded() } == 2000)
        #expect(cover.string("level") == "watch")
        #expect(cover.isNull("not_applicable"))
        #expect(try indicators.with(id: "customers.hhi").string("not_applicable") == "no customers stated")
    }
}
