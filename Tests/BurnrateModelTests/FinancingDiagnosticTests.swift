import Testing
@testable import BurnrateModel

/// The `debt`, `leases` and `customers` sections, a contract's `party` and a year's
/// `operating_income`: how a valid file reads, and the exact diagnostic for each broken field.
@Suite struct FinancingDiagnosticTests {
    /// Appended to `LoaderDiagnosticTests.valid` (lines 1–26).
    static let sections = [
        "debt:",                         // 27
        "  - id: loan",                  // 28
        "    lender: Bank",              // 29
        "    party: acme",               // 30
        "    kind: loan",                // 31
        "    amount: 3B",                // 32
        "    rate: 12.5%",               // 33
        "    start: 2025-07",            // 34
        "    maturity: 2030-07",         // 35
        "    repayment: amortising",     // 36
        "    source: article",           // 37
        "leases:",                       // 38
        "  - id: vehicle",               // 39
        "    lessor: Vehicle",           // 40
        "    parties: [acme, bank]",     // 41
        "    payment_per_year: 4B",      // 42
        "    start: 2026-01",            // 43
        "    term_years: 5",             // 44
        "    exit_notice_days: 90",      // 45
        "    source: article",           // 46
        "customers:",                    // 47
        "  - id: meta",                  // 48
        "    counterparty: Meta",        // 49
        "    party: meta",               // 50
        "    backlog: 35.2B",            // 51
        "    revenue_share: 67%",        // 52
        "    start: 2025-09",            // 53
        "    term_years: 6",             // 54
        "    source: article",           // 55
    ]

    /// The valid scenario and sections with lines replaced, counted from 1 over both.
    static func changed(_ replacements: [Int: [String]]) -> String {
        let lines = LoaderDiagnosticTests.valid + sections
        return lines.enumerated().flatMap { replacements[$0.offset + 1] ?? [$0.element] }.joined(separator: "\n") + "\n"
    }

    @Test func readsEverySection() throws {
        let scenario = try ScenarioLoader.load(text: Self.changed([:]), file: "t.yaml")
        func sourced<Value>(_ value: Value) -> Sourced<Value> { Sourced(value, source: "article") }
        #expect(scenario.debt == [
            Debt(id: "loan", lender: "Bank", party: "acme", kind: .loan, amount: sourced(.exact(3e9)), rate: sourced(0.125),
                 start: sourced(Day(year: 2025, month: 7)), maturity: sourced(Day(year: 2030, month: 7)), repayment: .amortising),
        ])
        #expect(scenario.leases == [
            Lease(id: "vehicle", lessor: "Vehicle", parties: ["acme", "bank"], paymentPerYear: sourced(.exact(4e9)),
                  start: sourced(Day(year: 2026, month: 1)), termYears: sourced(5), exitNoticeDays: sourced(90)),
        ])
        #expect(scenario.customers == [
            CustomerContract(id: "meta", counterparty: "Meta", party: "meta", backlog: sourced(.exact(35.2e9)),
                             revenueShare: sourced(0.67), start: sourced(Day(year: 2025, month: 9)), termYears: sourced(6)),
        ])
    }

    @Test func readsAContractsPartyAndAYearsOperatingIncome() throws {
        let text = Self.changed([
            21: ["  - {id: aws, provider: AWS, party: amazon, kind: cloud, value: 38B, status: signed, source: article}"],
            26: ["    - {year: 2025, revenue: 13.1B, burn: 8B, operating_income: {value: -6.36B, basis: derived}}"],
        ])
        let scenario = try ScenarioLoader.load(text: text, file: "t.yaml")
        #expect(scenario.contracts.map(\.party) == ["amazon"])
        #expect(scenario.financials.years.map(\.operatingIncome) == [Sourced(-6.36e9, source: "article", basis: .derived)])
    }

    /// Provenance comes down from the entry to each figure, and a figure may name its own.
    @Test func figuresInheritTheirEntrysProvenance() throws {
        let text = Self.changed([37: ["    source: article", "    basis: assumption", "    confidential: true"],
                                 33: ["    rate: {value: 12.5%, basis: reported, confidential: false}"]])
        let debt = try #require(try ScenarioLoader.load(text: text, file: "t.yaml").debt.first)
        #expect(debt.amount == Sourced(.exact(3e9), source: "article", basis: .assumption, confidential: true))
        #expect(debt.rate == Sourced(0.125, source: "article", basis: .reported, confidential: false))
        #expect(debt.start == Sourced(Day(year: 2025, month: 7), source: "article", basis: .assumption, confidential: true))
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ replacements: [Int: [String]], _ expected: [String]) {
            self.name = name
            text = FinancingDiagnosticTests.changed(replacements)
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        // Debt
        Case("a debt section that is not a list", [27: ["debt: {id: loan}"], 28: [], 29: [], 30: [], 31: [], 32: [], 33: [],
                                                   34: [], 35: [], 36: [], 37: []],
             ["t.yaml:27:7: debt: expected a list, found a mapping"]),
        Case("a debt without a lender", [29: []],
             [#"t.yaml:28:5: debt[0]: missing required key "lender""#]),
        Case("an unknown debt kind", [31: ["    kind: mortgage"]],
             [#"t.yaml:31:11: debt[0].kind: expected one of loan, notes, convertible, credit_line, bridge, found "mortgage""#]),
        Case("a debt kind misspelt", [31: ["    kind: creditline"]],
             [#"t.yaml:31:11: debt[0].kind: expected one of loan, notes, convertible, credit_line, bridge, found "creditline" (did you mean "credit_line"?)"#]),
        Case("a negative debt amount", [32: ["    amount: -3B"]],
             [#"t.yaml:32:13: debt[0].amount: expected an amount of at least 0, found "-3B""#]),
        Case("a rate in words", [33: ["    rate: high"]],
             [#"t.yaml:33:11: debt[0].rate: expected a fraction like 27% or 0.27, found "high""#]),
        Case("a negative rate", [33: ["    rate: -1%"]],
             [#"t.yaml:33:11: debt[0].rate: expected a fraction of at least 0, found "-1%""#]),
        Case("a start that is not a date", [34: ["    start: soon"]],
             [#"t.yaml:34:12: debt[0].start: expected a date like 2026-02-20, 2026-02 or 2026, found "soon""#]),
        Case("a maturity before the start", [35: ["    maturity: 2024-07"]],
             [#"t.yaml:35:15: debt[0].maturity: expected a maturity after the start (2025-07), found "2024-07""#]),
        Case("a maturity on the start's day, more precisely", [35: ["    maturity: {value: 2025-07-01, basis: derived}"]],
             [#"t.yaml:35:23: debt[0].maturity.value: expected a maturity after the start (2025-07), found "2025-07-01""#]),
        Case("a repayment without a maturity", [35: []],
             [#"t.yaml:35:16: debt[0].repayment: expected a "maturity" key alongside repayment: amortising, found none"#]),
        Case("an amortising repayment without a start or a maturity", [34: [], 35: []],
             [#"t.yaml:34:16: debt[0].repayment: expected the keys "start" and "maturity" alongside repayment: amortising, found none"#]),
        Case("a bullet repayment stated without a maturity", [35: [], 36: ["    repayment: bullet"]],
             [#"t.yaml:35:16: debt[0].repayment: expected a "maturity" key alongside repayment: bullet, found none"#]),
        Case("a maturity misspelt is not also missing", [35: ["    maturty: 2030-07"]],
             [#"t.yaml:35:5: debt[0].maturty: unknown key "maturty" (did you mean "maturity"?)"#]),
        Case("an unknown repayment", [36: ["    repayment: balloon"]],
             [#"t.yaml:36:16: debt[0].repayment: expected one of bullet, amortising, found "balloon""#]),
        Case("a repayment spelt the American way", [36: ["    repayment: amortizing"]],
             [#"t.yaml:36:16: debt[0].repayment: expected one of bullet, amortising, found "amortizing" (did you mean "amortising"?)"#]),
        Case("a drawn part above the amount", [32: ["    amount: 3B", "    drawn: 4B"]],
             [#"t.yaml:33:12: debt[0].drawn: expected a drawn part of at most the amount (3B), found "4B""#]),
        Case("a drawn part above an up-to amount, with its own source", [32: ["    amount: {up_to: 3B}",
                                                                              "    drawn: {value: 3.5B, source: article}"]],
             [#"t.yaml:33:20: debt[0].drawn.value: expected a drawn part of at most the amount (3B), found "3.5B""#]),
        Case("a drawn part of an undisclosed amount", [32: ["    amount: undisclosed", "    drawn: 4B"]], []),
        Case("a negative drawn part", [32: ["    amount: 3B", "    drawn: -1B"]],
             [#"t.yaml:33:12: debt[0].drawn: expected an amount of at least 0, found "-1B""#]),
        // A delayed-draw term loan is drawn in part too: `drawn` is not for credit lines alone.
        Case("a drawn part of a loan", [32: ["    amount: 3B", "    drawn: 1B"]], []),
        Case("a lender that is a list", [29: ["    lender: [Bank, Fund]"]],
             ["t.yaml:29:13: debt[0].lender: expected text, found a list"]),
        Case("an infinite debt amount", [32: ["    amount: .inf"]],
             [#"t.yaml:32:13: debt[0].amount: expected a finite amount, found ".inf""#]),
        Case("a maturity in 3000", [35: ["    maturity: 3000"]],
             [#"t.yaml:35:15: debt[0].maturity: expected a date in the years 1900 to 2200, found "3000""#]),
        Case("secured in YAML 1.1's words", [37: ["    source: article", "    secured: yes"]],
             [#"t.yaml:38:14: debt[0].secured: expected true or false, found "yes""#]),
        Case("a party that is not an id", [30: ["    party: Morgan Stanley"]],
             [#"t.yaml:30:12: debt[0].party: expected an id of letters, digits, '-' and '_', found "Morgan Stanley""#]),
        Case("an empty party", [30: [#"    party: """#]],
             [#"t.yaml:30:12: debt[0].party: expected an id of letters, digits, '-' and '_', found """#]),
        Case("a debt figure without a source", [37: []],
             ["t.yaml:32:13: debt[0].amount: expected a source for this figure (a source: key on it or on an enclosing object), found none",
              "t.yaml:33:11: debt[0].rate: expected a source for this figure (a source: key on it or on an enclosing object), found none",
              "t.yaml:34:12: debt[0].start: expected a source for this figure (a source: key on it or on an enclosing object), found none",
              "t.yaml:35:15: debt[0].maturity: expected a source for this figure (a source: key on it or on an enclosing object), found none"]),
        Case("an unknown debt key", [37: ["    source: article", "    collateral: chips"]],
             [#"t.yaml:38:5: debt[0].collateral: unknown key "collateral"; expected one of id, lender, party, kind, amount, drawn, rate, start, maturity, repayment, secured, note, source, basis, confidential"#]),
        // Leases
        Case("a negative lease payment", [42: ["    payment_per_year: -4B"]],
             [#"t.yaml:42:23: leases[0].payment_per_year: expected an amount of at least 0, found "-4B""#]),
        Case("a lease payment misspelt", [42: ["    payments_per_year: 4B"]],
             [#"t.yaml:42:5: leases[0].payments_per_year: unknown key "payments_per_year" (did you mean "payment_per_year"?)"#]),
        Case("no notice", [45: ["    exit_notice_days: 0"]],
             [#"t.yaml:45:23: leases[0].exit_notice_days: expected a notice of more than 0 and at most 36600 days, found "0""#]),
        Case("a negative notice", [45: ["    exit_notice_days: -30"]],
             [#"t.yaml:45:23: leases[0].exit_notice_days: expected a notice of more than 0 and at most 36600 days, found "-30""#]),
        Case("a notice beyond a hundred years", [45: ["    exit_notice_days: 1e9"]],
             [#"t.yaml:45:23: leases[0].exit_notice_days: expected a notice of more than 0 and at most 36600 days, found "1e9""#]),
        Case("a notice of NaN days", [45: ["    exit_notice_days: .nan"]],
             [#"t.yaml:45:23: leases[0].exit_notice_days: expected a finite number, found ".nan""#]),
        Case("a notice of exactly a hundred years", [45: ["    exit_notice_days: 36600"]], []),
        Case("a notice in words", [45: ["    exit_notice_days: ninety"]],
             [#"t.yaml:45:23: leases[0].exit_notice_days: expected a number like 2.5, found "ninety""#]),
        Case("a lease term beyond a hundred years", [44: ["    term_years: 101"]],
             [#"t.yaml:44:17: leases[0].term_years: expected a term of at most 100 years, found "101""#]),
        Case("empty parties", [41: ["    parties: []"]],
             ["t.yaml:41:14: leases[0].parties: expected one or more party ids (or no parties: key), found an empty list"]),
        Case("a party named twice in one lease", [41: ["    parties: [acme, acme]"]],
             [#"t.yaml:41:21: leases[0].parties[1]: duplicate party id "acme", first used at line 41"#]),
        Case("parties as one name", [41: ["    parties: valor"]],
             [#"t.yaml:41:14: leases[0].parties: expected a list, found "valor""#]),
        Case("a lease without a lessor", [40: []],
             [#"t.yaml:39:5: leases[0]: missing required key "lessor""#]),
        // Customers
        Case("a revenue share above 100 %", [52: ["    revenue_share: 120%"]],
             [#"t.yaml:52:20: customers[0].revenue_share: expected a fraction from 0 % to 100 %, found "120%""#]),
        Case("a backlog in words", [51: ["    backlog: lots"]],
             [#"t.yaml:51:14: customers[0].backlog: expected an amount like 30e9 or "30B", found "lots""#]),
        Case("an undisclosed backlog", [51: ["    backlog: undisclosed"]], []),
        Case("a negative customer term", [54: ["    term_years: -1"]],
             [#"t.yaml:54:17: customers[0].term_years: expected a number of at least 0, found "-1""#]),
        Case("a customer without a counterparty", [49: []],
             [#"t.yaml:48:5: customers[0]: missing required key "counterparty""#]),
        Case("an unknown customer key", [55: ["    source: article", "    colour: red"]],
             [#"t.yaml:56:5: customers[0].colour: unknown key "colour"; expected one of id, counterparty, party, backlog, revenue_share, start, term_years, note, source, basis, confidential"#]),
        // Ids shared by the three sections
        Case("a customer with a debt's id", [48: ["  - id: loan"]],
             [#"t.yaml:48:9: customers[0].id: duplicate debt, lease or customer id "loan", first used at line 28"#]),
        Case("a lease with a customer's id, the customer first", [39: ["  - id: meta"]],
             [#"t.yaml:48:9: customers[0].id: duplicate debt, lease or customer id "meta", first used at line 39"#]),
        Case("an id shared with a contract is not a clash", [48: ["  - id: aws"]], []),
        // Contracts and financial years
        Case("a contract's party that is not an id", [21: ["  - {id: aws, provider: AWS, party: [amazon], kind: cloud, value: 38B, status: signed, source: article}"]],
             ["t.yaml:21:37: contracts[0].party: expected an id of letters, digits, '-' and '_', found a list"]),
        Case("an operating income in words", [26: ["    - {year: 2025, revenue: 13.1B, burn: 8B, operating_income: loss}"]],
             [#"t.yaml:26:64: financials.years[0].operating_income: expected an amount like 30e9, "30B" or "-39B", found "loss""#]),
        Case("an operating income misspelt", [26: ["    - {year: 2025, revenue: 13.1B, burn: 8B, operating_incom: 1B}"]],
             [#"t.yaml:26:46: financials.years[0].operating_incom: unknown key "operating_incom" (did you mean "operating_income"?)"#]),
    ]

    @Test(arguments: cases) func reportsExactly(_ broken: Case) {
        #expect(LoaderDiagnosticTests.diagnostics(broken.text) == broken.expected)
    }
}
