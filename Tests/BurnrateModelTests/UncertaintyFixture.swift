@testable import BurnrateModel

/// A small scenario whose `uncertainty` section tests fill in: an investor paid at once
/// (`acme`), one in two tranches, the second undisclosed (`amazon`), one undisclosed
/// (`microsoft`), two contracts and a site. The section starts on line 36 with the defaults
/// `source: guess`, `basis: assumption`; lines given to `text` start at line 39.
enum UncertaintyFixture {
    /// Lines 1–8 are those of `LoaderDiagnosticTests.valid`: id, title, company, as_of,
    /// currency, horizon and the source `article`.
    static let base = LoaderDiagnosticTests.valid.prefix(8) + [
        "  - {id: guess, publisher: Me, title: G, date: 2026-02-20, confidence: low}",               // 9
        "round:",                                                                                    // 10
        "  name: Series A",                                                                          // 11
        "  status: reported",                                                                        // 12
        "  source: article",                                                                         // 13
        "  target: 10B",                                                                             // 14
        "  investors:",                                                                              // 15
        "    - {id: acme, name: Acme, amount: 5B, instrument: cash, status: reported}",              // 16
        "    - id: amazon",                                                                          // 17
        "      name: Amazon",                                                                        // 18
        "      amount: {up_to: 50B}",                                                                // 19
        "      instrument: cash",                                                                    // 20
        "      status: reported",                                                                    // 21
        "      tranches:",                                                                           // 22
        "        - {amount: 15B, instrument: cash, status: funded}",                                 // 23
        "        - {amount: undisclosed, instrument: conditional, status: signed}",                  // 24
        "    - {id: microsoft, name: Microsoft, amount: undisclosed, instrument: cash, status: reported}", // 25
        "contracts:",                                                                                // 26
        "  - {id: oracle, provider: Oracle, kind: cloud, value: 300B, status: signed, source: article}", // 27
        "  - {id: aws, provider: AWS, kind: cloud, value: 38B, status: signed, source: article}",    // 28
        "sites:",                                                                                    // 29
        "  - {id: saline, name: Saline, contract: oracle, capacity_gw: 1 GW, power: 1, cooling: 1, network: 1, online: 2028, source: article}", // 30
        "financials:",                                                                               // 31
        "  source: article",                                                                         // 32
        "  cash_on_hand: 17.5B",                                                                     // 33
        "  years:",                                                                                  // 34
        "    - {year: 2025, revenue: 13.1B, burn: 8B}",                                              // 35
        "uncertainty:",                                                                              // 36
        "  source: guess",                                                                           // 37
        "  basis: assumption",                                                                       // 38
    ]

    static func text(_ section: [String]) -> String {
        (base + section).joined(separator: "\n") + "\n"
    }

    static func load(_ section: [String]) throws -> Scenario {
        try ScenarioLoader.load(text: text(section), file: "t.yaml")
    }

    static func diagnostics(_ section: [String]) -> [String] {
        LoaderDiagnosticTests.diagnostics(text(section))
    }

    /// The section as README's example gives it, over this scenario's ids, and a bare delay.
    static let example = [
        "  commitments:",
        "    - {investor: amazon, tranche: 1, probability: 60%, realised: {uniform: [40%, 100%]}}",
        "    - {investor: acme, probability: 50%, basis: reported}",
        "  revenue_growth_gap: {normal: {mean: -5%, sd: 10%}}",
        "  burn_scale: {triangular: [0.9, 1.0, 1.3]}",
        "  delays:",
        "    - {contract: oracle, months: {pert: [0, 3, 18]}}",
        "    - {site: saline, months: {pert: [0, 6, 24], source: article}}",
        "    - {contract: aws, months: 2}",
        "  delays_within_provider: 0.5",
        "  correlations:",
        "    - {between: [revenue_growth_gap, burn_scale], rank: 0.3}",
    ]
}
