import Testing
@testable import BurnrateModel

/// Broken scenario files and the exact diagnostics each must produce.
@Suite struct LoaderDiagnosticTests {
    /// A minimal valid scenario; each case changes a few lines of it. Line numbers are 1-based.
    static let valid = [
        "id: mini",                                                                              // 1
        "title: Mini",                                                                           // 2
        "company: Mini",                                                                         // 3
        "as_of: 2026-02-20",                                                                     // 4
        "currency: USD",                                                                         // 5
        "horizon: {start: 2026, end: 2030}",                                                     // 6
        "sources:",                                                                              // 7
        "  - {id: article, publisher: Pub, title: T, date: 2026-02-20, confidence: high}",       // 8
        "round:",                                                                                // 9
        "  name: Series A",                                                                      // 10
        "  status: reported",                                                                    // 11
        "  source: article",                                                                     // 12
        "  target: 10B",                                                                         // 13
        "  investors:",                                                                          // 14
        "    - id: acme",                                                                        // 15
        "      name: Acme",                                                                      // 16
        "      amount: 5B",                                                                      // 17
        "      instrument: cash",                                                                // 18
        "      status: reported",                                                                // 19
        "contracts:",                                                                            // 20
        "  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article}", // 21
        "financials:",                                                                           // 22
        "  source: article",                                                                     // 23
        "  cash_on_hand: 17.5B",                                                                 // 24
        "  years:",                                                                              // 25
        "    - {year: 2025, revenue: 13.1B, burn: 8B}",                                          // 26
    ]

    /// The valid scenario with lines replaced (by several lines, or by none to delete them).
    static func changed(_ replacements: [Int: [String]], appending extra: [String] = []) -> String {
        valid.enumerated().flatMap { replacements[$0.offset + 1] ?? [$0.element] }
            .appending(contentsOf: extra).joined(separator: "\n") + "\n"
    }

    static func diagnostics(_ text: String) -> [String] {
        do {
            _ = try ScenarioLoader.load(text: text, file: "t.yaml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static let sites = ["sites:",
                        "  - {id: s1, name: One, capacity_gw: 1 GW, power: 1, cooling: 1, network: 1, online: 2027, source: article}"]

    static let cases: [Case] = [
        Case(name: "the valid base loads", text: changed([:]), expected: []),
        Case(name: "malformed YAML", text: changed([13: ["  target: [10B"]]),
             // libyaml stops at the ':' of the next key, where it gives up on the list; the
             // mistake is where the list was opened.
             expected: [#"t.yaml:13:11: expected a "]" to close the list opened here with "[", found none before line 14"#]),
        Case(name: "a list where text belongs", text: changed([10: ["  name: [a, b]"]]),
             expected: ["t.yaml:10:9: round.name: expected text, found a list"]),
        Case(name: "a mapping where a list belongs", text: changed([14: ["  investors: {a: 1}"], 15: [], 16: [], 17: [], 18: [], 19: []]),
             expected: ["t.yaml:14:14: round.investors: expected a list, found a mapping"]),
        Case(name: "an amount in words", text: changed([17: ["      amount: thirty"]]),
             expected: [#"t.yaml:17:15: round.investors[0].amount: expected an amount like 30e9 or "30B", found "thirty""#]),
        Case(name: "a negative amount", text: changed([17: ["      amount: -5B"]]),
             expected: [#"t.yaml:17:15: round.investors[0].amount: expected an amount of at least 0, found "-5B""#]),
        Case(name: "a NaN amount", text: changed([17: ["      amount: .nan"]]),
             expected: [#"t.yaml:17:15: round.investors[0].amount: expected a finite amount, found ".nan""#]),
        Case(name: "an infinite amount", text: changed([13: ["  target: {up_to: .inf}"]]),
             expected: [#"t.yaml:13:19: round.target.up_to: expected a finite amount, found ".inf""#]),
        Case(name: "a fraction above 100 %", text: changed([13: ["  target: 10B", "  cap_table: [{holder: X, share: 120%}]"]]),
             expected: [#"t.yaml:14:34: round.cap_table[0].share: expected a fraction from 0 % to 100 %, found "120%""#]),
        Case(name: "a fraction below 0", text: changed([13: ["  target: 10B", "  cap_table: [{holder: X, share: -5%}]"]]),
             expected: [#"t.yaml:14:34: round.cap_table[0].share: expected a fraction of at least 0, found "-5%""#]),
        Case(name: "an unknown key close to a known one", text: changed([16: ["      nmae: Acme"]]),
             // "name" is not reported missing as well: the misspelling is the cause.
             expected: [#"t.yaml:16:7: round.investors[0].nmae: unknown key "nmae" (did you mean "name"?)"#]),
        Case(name: "an unknown key far from any", text: changed([:], appending: ["colour: red"]),
             expected: [#"t.yaml:27:1: colour: unknown key "colour"; expected one of id, title, company, as_of, currency, horizon, base_case, sources, round, contracts, sites, debt, leases, customers, financials, risk, uncertainty"#]),
        Case(name: "a group that is not true or false", text: changed([19: ["      status: reported", "      group: several"]]),
             expected: [#"t.yaml:20:14: round.investors[0].group: expected true or false, found "several""#]),
        Case(name: "a duplicate YAML key", text: changed([11: ["  name: Again", "  status: reported"]]),
             expected: [#"t.yaml:11:3: round.name: duplicate key "name", first given at line 10"#]),
        Case(name: "a duplicate investor id",
             text: changed([19: ["      status: reported", "    - {id: acme, name: Acme 2, amount: 1B, instrument: cash, status: reported}"]]),
             expected: [#"t.yaml:20:12: round.investors[1].id: duplicate investor id "acme", first used at line 15"#]),
        Case(name: "a duplicate contract id", text: changed([21: [valid[20], valid[20]]]),
             expected: [#"t.yaml:22:10: contracts[1].id: duplicate contract id "aws", first used at line 21"#]),
        Case(name: "a duplicate source id", text: changed([8: [valid[7], valid[7]]]),
             expected: [#"t.yaml:9:10: sources[1].id: duplicate source id "article", first used at line 8"#]),
        Case(name: "a duplicate site id", text: changed([:], appending: sites + [sites[1]]),
             expected: [#"t.yaml:29:10: sites[1].id: duplicate site id "s1", first used at line 28"#]),
        Case(name: "a negative burn is cash generated", text: changed([26: ["    - {year: 2025, revenue: 13.1B, burn: -8B}"]]),
             expected: []),
        Case(name: "a negative revenue", text: changed([26: ["    - {year: 2025, revenue: -13.1B, burn: -8B}"]]),
             expected: [#"t.yaml:26:29: financials.years[0].revenue: expected an amount of at least 0, found "-13.1B""#]),
        Case(name: "a burn in words", text: changed([26: ["    - {year: 2025, revenue: 13.1B, burn: lots}"]]),
             expected: [#"t.yaml:26:42: financials.years[0].burn: expected an amount like 30e9, "30B" or "-39B", found "lots""#]),
        Case(name: "a control character is shown escaped", text: changed([18: [#"      instrument: "ca\ash""#]]),
             expected: [#"t.yaml:18:19: round.investors[0].instrument: expected one of cash, share_swap, prepayment, "#
                        + #"usage_guarantee, compute_credit, conditional, found "ca\x07sh" (did you mean "cash"?)"#]),
        Case(name: "a duplicate year", text: changed([26: [valid[25], valid[25]]]),
             expected: ["t.yaml:27:14: financials.years[1].year: duplicate year 2025, first given at line 26"]),
        Case(name: "years out of order", text: changed([26: [valid[25], "    - {year: 2024, revenue: 1B, burn: 1B}"]]),
             expected: [#"t.yaml:27:14: financials.years[1].year: expected a year after 2025 (years go in ascending order), found "2024""#]),
        Case(name: "a source that does not exist", text: changed([12: ["  source: artcle"]]),
             expected: [#"t.yaml:12:11: round.source: expected a source id listed under sources, found "artcle" (did you mean "article"?)"#]),
        Case(name: "a supplier contract that does not exist",
             text: changed([19: ["      status: reported", "      supplier: {supplies: GPUs, contracts: [azure]}"]]),
             expected: [#"t.yaml:20:46: round.investors[0].supplier.contracts[0]: expected a contract id listed under contracts, found "azure""#]),
        Case(name: "a site contract that does not exist",
             text: changed([:], appending: ["sites:", "  - id: s1", "    name: One", "    contract: awz", "    capacity_gw: 1 GW",
                                            "    power: 1", "    cooling: 1", "    network: 1", "    online: 2027", "    source: article"]),
             expected: [#"t.yaml:30:15: sites[0].contract: expected a contract id listed under contracts, found "awz" (did you mean "aws"?)"#]),
        Case(name: "an owned site that serves a contract",
             text: changed([:], appending: ["sites:", "  - id: s1", "    name: One", "    contract: aws", "    owned: true", "    capacity_gw: 1 GW",
                                            "    power: 1", "    cooling: 1", "    network: 1", "    online: 2027", "    source: article"]),
             expected: [#"t.yaml:30:15: sites[0].contract: expected no contract on a site marked owned: true (the company's own site serves no capacity contract), found "aws""#]),
        Case(name: "owned that is not true or false",
             text: changed([:], appending: ["sites:", "  - id: s1", "    name: One", "    owned: ours", "    capacity_gw: 1 GW",
                                            "    power: 1", "    cooling: 1", "    network: 1", "    online: 2027", "    source: article"]),
             expected: [#"t.yaml:30:12: sites[0].owned: expected true or false, found "ours""#]),
        Case(name: "a day that does not exist", text: changed([4: ["as_of: 2026-02-30"]]),
             expected: [#"t.yaml:4:8: as_of: expected a date that exists, found "2026-02-30""#]),
        Case(name: "a date in words", text: changed([4: ["as_of: Feb 2026"]]),
             expected: [#"t.yaml:4:8: as_of: expected a date like 2026-02-20, 2026-02 or 2026, found "Feb 2026""#]),
        Case(name: "an empty file", text: "", expected: ["t.yaml: the file is empty"]),
        Case(name: "a file of only comments", text: "# nothing\n\n# here\n",
             expected: ["t.yaml: the file holds no YAML value, only blank lines or comments"]),
        Case(name: "a file that is not text", text: "id: a\u{0}b\n", expected: ["t.yaml: expected a text file, found NUL bytes"]),
        Case(name: "figures with no source", text: changed([12: []]),
             expected: ["t.yaml:12:11: round.target: expected a source for this figure (a source: key on it or on an enclosing object), found none",
                        "t.yaml:16:15: round.investors[0].amount: expected a source for this figure (a source: key on it or on an enclosing object), found none"]),
        Case(name: "a horizon that ends before it starts", text: changed([6: ["horizon: {start: 2030, end: 2026}"]]),
             expected: [#"t.yaml:6:29: horizon.end: expected a year not before the start (2030), found "2026""#]),
        Case(name: "a threshold for an indicator that does not exist",
             text: changed([:], appending: ["risk:", "  thresholds:", "    round.coverag: {watch: 1, alert: 0.8}"]),
             expected: [#"t.yaml:29:5: risk.thresholds.round.coverag: expected an indicator id such as round.coverage or ownership.<investor id>, found "round.coverag" (did you mean "round.coverage"?)"#]),
        Case(name: "a weight for the ownership of an investor that does not exist",
             text: changed([:], appending: ["risk:", "  weights:", "    ownership.acme: 1", "    ownership.zeta: 2"]),
             expected: [#"t.yaml:30:5: risk.weights.ownership.zeta: expected an indicator id such as round.coverage or ownership.<investor id>, found "ownership.zeta""#]),
        Case(name: "payment shares above 100 %",
             text: changed([21: ["  - id: aws", "    provider: AWS", "    kind: cloud", "    value: 38B", "    status: signed",
                                 "    source: article", "    payment:", "      - {form: cash, share: 60%}",
                                 "      - {form: prepayment, share: 50%}"]]),
             // 60 % + 50 % = 110 %
             expected: ["t.yaml:28:7: contracts[0].payment: expected shares adding up to at most 100 %, found a list adding up to 110 %"]),
        Case(name: "a list at the top", text: "- a\n- b\n",
             expected: ["t.yaml:1:1: expected a mapping of scenario keys (id, title, company, …), found a list"]),
        Case(name: "a scalar at the top", text: "hello\n",
             expected: [#"t.yaml:1:1: expected a mapping of scenario keys (id, title, company, …), found "hello""#]),
        Case(name: "a second document", text: changed([:], appending: ["---", "id: other"]),
             expected: ["t.yaml:27:1: expected a single YAML document, found a second one"]),
        Case(name: "an alias", text: changed([13: ["  target: &t 10B"], 17: ["      amount: *t"]]),
             expected: ["t.yaml:17:15: expected a value written out in full, found the alias *t (aliases are not supported)"]),
        Case(name: "an enumeration value close to a known one", text: changed([18: ["      instrument: csh"]]),
             expected: [#"t.yaml:18:19: round.investors[0].instrument: expected one of cash, share_swap, prepayment, usage_guarantee, compute_credit, conditional, found "csh" (did you mean "cash"?)"#]),
        Case(name: "a missing top-level key", text: changed([3: []]),
             expected: [#"t.yaml:1:1: missing required key "company""#]),
        Case(name: "an amount in two forms at once", text: changed([13: ["  target: {up_to: 10B, at_least: 5B}"]]),
             expected: ["t.yaml:13:11: round.target: expected one of value, up_to, at_least or low and high, found up_to and at_least"]),
        Case(name: "a currency that is not a code", text: changed([5: ["currency: usd"]]),
             expected: [#"t.yaml:5:11: currency: expected a three-letter currency code like USD, found "usd""#]),
        Case(name: "a range upside down", text: changed([13: ["  target: {low: 20B, high: 10B}"]]),
             expected: [#"t.yaml:13:28: round.target.high: expected a high of at least the low ("20B"), found "10B""#]),
        Case(name: "a null where a value is required", text: changed([10: ["  name:"]]),
             expected: ["t.yaml:10:8: round.name: expected text, found nothing"]),
        Case(name: "a base case stated in full", text: changed([6: [valid[5], "base_case: {conditional: never, up_to_share: 50%}"]]),
             expected: []),
        Case(name: "a base-case policy that does not exist", text: changed([6: [valid[5], "base_case: {conditional: sometimes}"]]),
             expected: [#"t.yaml:7:26: base_case.conditional: expected one of never, scheduled, always, found "sometimes""#]),
        Case(name: "a base-case policy misspelt", text: changed([6: [valid[5], "base_case: {conditional: schedule}"]]),
             expected: [#"t.yaml:7:26: base_case.conditional: expected one of never, scheduled, always, found "schedule" (did you mean "scheduled"?)"#]),
        Case(name: "an up-to share above 100 %", text: changed([6: [valid[5], "base_case: {up_to_share: 150%}"]]),
             expected: [#"t.yaml:7:26: base_case.up_to_share: expected a fraction from 0 % to 100 %, found "150%""#]),
        Case(name: "an up-to share in words", text: changed([6: [valid[5], "base_case: {up_to_share: half}"]]),
             expected: [#"t.yaml:7:26: base_case.up_to_share: expected a fraction like 27% or 0.27, found "half""#]),
        Case(name: "a base-case key misspelt", text: changed([6: [valid[5], "base_case: {up_to_shar: 50%}"]]),
             expected: [#"t.yaml:7:13: base_case.up_to_shar: unknown key "up_to_shar" (did you mean "up_to_share"?)"#]),
        Case(name: "a base case that is not a mapping", text: changed([6: [valid[5], "base_case: firm"]]),
             expected: [#"t.yaml:7:12: base_case: expected a mapping, found "firm""#]),
    ]

    @Test(arguments: cases) func reportsExactly(_ broken: Case) {
        #expect(Self.diagnostics(broken.text) == broken.expected)
    }

    @Test func reportsEveryProblemInOneFileInOrder() {
        let text = Self.changed([4: ["as_of: 2026-13-01"], 12: ["  source: artcle"], 17: ["      amount: thirty"]],
                                appending: ["colour: red"])
        #expect(Self.diagnostics(text) == [
            #"t.yaml:4:8: as_of: expected a date that exists, found "2026-13-01""#,
            #"t.yaml:12:11: round.source: expected a source id listed under sources, found "artcle" (did you mean "article"?)"#,
            #"t.yaml:17:15: round.investors[0].amount: expected an amount like 30e9 or "30B", found "thirty""#,
            #"t.yaml:27:1: colour: unknown key "colour"; expected one of id, title, company, as_of, currency, horizon, base_case, sources, round, contracts, sites, debt, leases, customers, financials, risk, uncertainty"#,
        ])
    }
}

private extension Array {
    func appending(contentsOf other: [Element]) -> [Element] { self + other }
}
