import PropertyBased

/// Scenario files that spell their values in every form the loader takes (quoted, block and
/// folded text, YAML escapes, `$` and suffixes, MW, `27 %`, partial dates, a figure's own
/// source and basis, an explicit key, the uncertainty section's shapes, debt, leases and
/// customers), laid over
/// `LoaderDiagnosticTests.valid`. Each loads.
enum ScenarioSpellingGenerator {
    static let titles = ["Mini", #""yes""#, "'it''s'", "2026", "plain # and a comment", "|\n  block\n  text\n",
                         ">-\n  folded\n  text", #""\tescapes \N\_\L\P\e\0\x7F \u202E \U0001F680 \/ \ ""#,
                         "several\n  plain lines", "!!str null", #""""#, "~~"]
    static let dates = ["2026-02-20", "2026-02", "2026", #""2026-02""#, "'2026'", "2024-02-29", "1900-01", "2200-12-31"]
    static let amounts = ["10B", #""$10B""#, "10e9", "10000000000", "{value: 10B}", "{up_to: 1.4T}", "{at_least: 750M}",
                          "{low: 1B, high: 10B}", "{low: 0, high: 0}", "undisclosed", "{value: undisclosed}", #""10B""#,
                          "!!str 12K", "{value: 5B, source: article, basis: derived}", "0.1", "1.7976931348623157e308",
                          "5e-324", "{value: 3B, basis: assumption}"]
    static let burns = ["8B", "-8B", #""-$8B""#, "-0", "0", "+8B", "{value: -39B, source: article, basis: assumption}"]
    static let horizons = ["{start: 2026, end: 2030}", "{start: +2026, end: 2026}", "{start: 1900, end: 1999}"]
    static let contracts = [
        "{id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article}",
        "{id: aws, provider: 'A: W', kind: chips, value: {up_to: 38B}, status: signed, source: article, start: 2027}",
        "{id: aws, provider: AWS, kind: data_centre, value: 1T, status: funded, source: article, capacity_gw: 800 MW, start: 2026-02}",
        #"{id: "2026", provider: "null", kind: colocation, value: 1T, status: funded, source: article, capacity_gw: "4.5 GW", term_years: 0.5}"#,
        "{id: aws, provider: AWS, kind: cloud, value: 1T, status: signed, source: article, payment: [{form: cash, share: 27 %}, {form: share_swap, share: 0.73}]}",
        "{id: aws, provider: AWS, kind: cloud, value: 1T, status: signed, source: article, payment: [{form: cash, share: {value: 50%, basis: derived}}]}",
        #"{id: aws, provider: AWS, party: "amazon", kind: cloud, value: 38B, status: signed, source: article}"#,
    ]
    static let operatingIncomes = ["", ", operating_income: -6.36B", #", operating_income: "-$1K""#, ", operating_income: 0",
                                   ", operating_income: {value: 2B, basis: derived, confidential: true}", ", operating_income: ~"]
    static let financing: [[String]] = [
        [],
        ["debt: []", "leases: ~", "customers:"],
        [#"debt: [{id: loan, lender: 'Bank: A', party: acme, kind: credit_line, amount: {up_to: 5B}, drawn: "$1B", rate: 12.5 %, "#
            + "start: 2025-07, maturity: {value: 2030, basis: assumption}, repayment: bullet, secured: false, source: article}]"],
        ["debt:", "  - id: n", "    lender: |\n      block\n      text\n", "    kind: notes", "    amount: 1B", "    rate: 0",
         "    repayment: amortising", "    start: 2026", "    maturity: 2026-01-02", "    source: article", "    confidential: true"],
        ["leases:", "  - id: '2026'", #"    lessor: "null""#, #"    parties: [acme, "yes"]"#,
         "    payment_per_year: {value: 4B, source: article, confidential: true}", "    term_years: 0.5",
         "    exit_notice_days: 1e-7", "    start: 2026-01-31", "    source: article",
         "customers: [{id: meta, counterparty: Meta, backlog: undisclosed, revenue_share: 0.67, source: article, basis: derived}]"],
    ]
    static let risks: [[String]] = [
        [],
        ["risk:", "  thresholds:", "    round.coverage: {watch: 1, alert: -0}", "    ownership.acme: {watch: 0.1, alert: 0.2}"],
        ["risk:", "  weights: {funding.gap: 2, \"ownership.acme\": -0}"],
        ["risk:", "  thresholds:", "    ? ownership.acme", "    : {watch: 1e-300, alert: -1e300}"],
    ]

    /// Inputs that name no id, as the contract's and the investor's may change above.
    static let uncertainties: [[String]] = [
        [],
        ["uncertainty:", "  source: article", "  revenue_growth_gap: {normal: {mean: '-5 %', sd: 0.1}}", "  burn_scale: 110 %"],
        ["uncertainty: {source: article, basis: derived, burn_scale: {empirical: [1, 0.9, 1.3e0]}, revenue_growth_gap: -0.05}"],
        ["uncertainty:", "  revenue_growth_gap: {uniform: [-100%, '+5%'], source: article}",
         "  burn_scale: {pert: [0, 1, 2], source: article, basis: assumption}",
         #"  correlations: [{between: [burn_scale, "revenue_growth_gap"], rank: -0.3, source: article}]"#],
        ["uncertainty:", "  source: article", "  burn_scale: {lognormal: {median: 1, sigma: 0.1}}",
         "  revenue_growth_gap: {bernoulli: 50 %}", "  delays: []", "  commitments: ~", "  delays_within_provider: -1"],
    ]

    static let text = Generator<String, Shrink.None<String>>(run: { rng in
        var dice = Dice(state: rng.next())
        return LoaderDiagnosticTests.changed([
            2: ["title: \(dice.pick(titles))"],
            4: ["as_of: \(dice.pick(dates))"],
            6: ["horizon: \(dice.pick(horizons))"],
            13: ["  target: \(dice.pick(amounts))"],
            17: ["      amount: \(dice.pick(amounts))"],
            21: ["  - \(dice.pick(contracts))"],
            26: ["    - {year: 2025, revenue: \(dice.pick(["13.1B", "0", #""$1K""#])), burn: \(dice.pick(burns))\(dice.pick(operatingIncomes))}"],
        ], appending: dice.pick(risks) + dice.pick(uncertainties) + dice.pick(financing))
    })
}
