/// Each new built-in scenario's figures, one entry a figure, with the facts row each comes from
/// (FactWalkTests walks them).
enum FactLedgers {
    static let byScenario: [String: [LedgerEntry]] = [
        "openai-2026-07": openai202607,
        "anthropic-2026-02": anthropic202602,
        "anthropic-2026-05": anthropic202605,
        "xai-2026": xai2026,
        "coreweave-2026": coreweave2026,
    ]

    static let assumptions = FactWalk.assumptionsSource

    // Rows of facts.md more than one scenario cites.
    static let roundAtClose = "| Round at close | 122 at 852 post-money"
    static let roundAnnounced = "| Round as announced | 110 at 730 pre-money"
    static let hsbcRent = "| HSBC: cumulative rental cost / annual rent at full capacity"
    static let stargateSites = "| Stargate sites | Abilene TX"
    static let burnForecast = "| Burn forecast made Q1 2026, for 2026/27/28/29 |"
    static let revenueTargets = "| Revenue targets: 2026 / 2030 |"
    static let oracleContract = "| Oracle contract | ~300 over ~5 years"
}
