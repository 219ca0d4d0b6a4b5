import Testing
@testable import BurnrateModel

/// The writer's form of the `debt`, `leases` and `customers` sections, a contract's party and a
/// year's operating income: each entry names the source, basis and confidentiality most of its
/// figures share, a figure that differs names its own, and a bullet repayment is left out.
@Suite struct FinancingWriterTests {
    static let file = [
        "id: mini",
        "title: Mini",
        "company: Mini",
        "as_of: 2026-02-20",
        "currency: USD",
        "horizon: {start: 2026, end: 2030}",
        "sources:",
        "  - {id: article, publisher: Pub, title: T, date: 2026-02-20, confidence: high}",
        "  - {id: filing, publisher: SEC, title: 10-K, date: 2026-03-01, confidence: high}",
        "round:",
        "  name: Series A",
        "  status: reported",
        "  source: article",
        "  target: 10B",
        "  investors:",
        "    - {id: acme, name: Acme, amount: 5B, instrument: cash, status: reported}",
        "contracts:",
        "  - {id: aws, provider: AWS, party: amazon, kind: cloud, value: 38B, status: signed, source: article}",
        "debt:",
        "  - id: loan",
        "    lender: Bank",
        "    party: acme",
        "    kind: credit_line",
        "    amount: {up_to: 3B}",
        "    drawn: 1B",
        "    rate: {value: 12.5%, basis: assumption}",
        "    start: 2025-07",
        "    maturity: 2030-07",
        "    repayment: amortising",
        "    secured: true",
        "    source: filing",
        "    note: syndicate",
        "leases:",
        "  - id: vehicle",
        "    lessor: Vehicle",
        "    parties: [acme, bank]",
        "    owner: the vehicle",
        "    payment_per_year: 4B",
        "    start: 2026-01",
        "    term_years: 5",
        "    exit_notice_days: 90",
        "    source: article",
        "    confidential: true",
        "customers:",
        "  - {id: meta, counterparty: Meta, party: meta, backlog: 35.2B, revenue_share: 67%, start: 2025-09, term_years: 6, source: filing}",
        "financials:",
        "  source: article",
        "  cash_on_hand: 17.5B",
        "  years:",
        "    - {year: 2025, revenue: 13.1B, burn: 8B, operating_income: {value: -6.36B, source: filing}}",
    ].joined(separator: "\n") + "\n"

    @Test func writesTheDocumentedForm() throws {
        let scenario = try ScenarioLoader.load(text: Self.file, file: "t.yaml")
        let written = ScenarioWriter.yaml(scenario)
        let from = try #require(written.firstRange(of: "\ndebt:"))
        let to = try #require(written.firstRange(of: "\nfinancials:"))
        #expect(String(written[from.lowerBound..<to.lowerBound]) == """

            debt:
              - id: loan
                lender: Bank
                party: acme
                kind: credit_line
                amount: {up_to: 3B}
                drawn: 1B
                rate: {value: 12.5%, basis: assumption}
                start: 2025-07
                maturity: 2030-07
                repayment: amortising
                secured: true
                source: filing
                note: syndicate

            leases:
              - id: vehicle
                lessor: Vehicle
                parties: [acme, bank]
                owner: the vehicle
                payment_per_year: 4B
                start: 2026-01
                term_years: 5
                exit_notice_days: 90
                source: article
                confidential: true

            customers:
              - id: meta
                counterparty: Meta
                party: meta
                backlog: 35.2B
                revenue_share: 67%
                start: 2025-09
                term_years: 6
                source: filing

            """)
        #expect(written.contains("  - id: aws\n    provider: AWS\n    party: amazon\n    kind: cloud\n"))
        #expect(written.hasSuffix("operating_income: {value: -6.36B, source: filing}}\n"))
        RoundTrip.check(scenario, origin: "the documented form")
    }
}
