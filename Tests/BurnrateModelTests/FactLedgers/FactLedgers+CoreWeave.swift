extension FactLedgers {
    /// coreweave-2026: the 10-K's debt and revenue, the backlog and its customers, Nvidia's
    /// three roles.
    static let coreweave2026: [LedgerEntry] = {
        let results = "| 6 | 2025 results |"
        let capacity = "| 8 | Capacity |"
        let capex = "| 9 | Capex |"
        let meta = "| 3 | Meta contracts |"
        let backstop = "| 4 | Nvidia backstop |"
        let backlog = from(.more, "| Backlog / RPO end-2025 |", quote: "$66.8B / $60.7B; weighted contract length ~5 yrs")
        let interest = from(.more, "| Interest expense 2025 (guide) |", quote: "$1.21–1.25B")
        let netLoss = from(.more, results, quote: "net loss $1.17B")
        let margin = from(.more, "| Q4 2025 |", quote: "adj. operating margin 6%")
        return [
            LedgerEntry("round.target", .exact(2e9), "c8-cnbc", .reported,
                        row(.more, "| 5 | Nvidia equity |", quote: "$2B at $87.20/share")),
            LedgerEntry("round.cap_table.Nvidia", 0.07, "c9-eweek", .reported,
                        row(.more, "| Nvidia as holder |", quote: "~7% (24.3M shares, ~$3B) in 2025")),
            LedgerEntry("investors.nvidia.amount", .exact(2e9), "c8-cnbc", .reported,
                        row(.more, "| 5 | Nvidia equity |", quote: "$2B at $87.20/share")),

            LedgerEntry("sites.active.capacity_gw", 0.85, "c5-zacks", .reported, row(.more, capacity, quote: ">850 MW active in 43 data centres")),
            LedgerEntry("sites.active.power", 1, assumptions, .assumption, assumed("running")),
            LedgerEntry("sites.active.cooling", 1, assumptions, .assumption, assumed("running")),
            LedgerEntry("sites.active.network", 1, assumptions, .assumption, assumed("running")),
            LedgerEntry("sites.active.online", "2026-03", "c5-zacks", .reported, row(.more, capacity, quote: "| 2026-03-06 |")),
            LedgerEntry("sites.contracted.capacity_gw", 2.25, "c5-zacks", .derived,
                        derived("3.1 GW contracted − 0.85 active = 2.25", from: from(.more, capacity, quote: ">3.1 GW contracted"))),
            LedgerEntry("sites.contracted.power", 0.4, assumptions, .assumption, assumed("contracted power, over 1.7 GW active planned in 2026")),
            LedgerEntry("sites.contracted.cooling", 0.3, assumptions, .assumption, assumed("the author's estimate: sites still being fitted")),
            LedgerEntry("sites.contracted.network", 0.5, assumptions, .assumption, assumed("the author's estimate: sites still being fitted")),
            LedgerEntry("sites.contracted.online", "2027-12", "c5-zacks", .assumption,
                        row(.more, "| Capacity | >850 MW active (43 DCs)", quote: "mostly online by 2027")),

            LedgerEntry("debt.debt-2025.amount", .exact(21.4e9), "c6-10k", .reported, row(.more, results, quote: "total debt $21.4B")),
            LedgerEntry("debt.debt-2025.rate", 0.0575, "c11-call", .derived,
                        derived("the 2025 guide's midpoint over year-end debt: 1.23 / 21.4 = 5.75 %, a floor",
                                from: interest, from(.more, results, quote: "total debt $21.4B"))),
            LedgerEntry("debt.debt-2025.start", "2025-12", "c6-10k", .assumption, row(.more, results, quote: "2026-03 (10-K)")),

            LedgerEntry("customers.microsoft.backlog", .undisclosed, "c6-10k", .reported, row(.more, results, quote: "Microsoft 67% of revenue")),
            LedgerEntry("customers.microsoft.revenue_share", 0.67, "c6-10k", .reported, row(.more, results, quote: "Microsoft 67% of revenue")),
            LedgerEntry("customers.openai.backlog", .exact(22.4e9), "c2-reuters", .reported,
                        row(.more, "| 2 | OpenAI contracts |", quote: "$11.9B (5 yr) + $4B + $6.5B = $22.4B")),
            LedgerEntry("customers.openai.start", "2025-03", "c2-reuters", .reported,
                        row(.more, "| 2 | OpenAI contracts |", quote: "| 2025-03 → 2025-09 |")),
            LedgerEntry("customers.openai.term_years", 5, "c2-reuters", .reported,
                        row(.more, "| 2 | OpenAI contracts |", quote: "$11.9B (5 yr)")),
            LedgerEntry("customers.meta.backlog", .exact(35.2e9), "c4-meta", .derived,
                        derived("14.2 + ~21 = 35.2", from: from(.more, meta, quote: "$14.2B to Dec 2031 (option to 2032) + ~$21B to Dec 2032"))),
            LedgerEntry("customers.meta.start", "2025-09", "c3-bisnow", .reported, row(.more, meta, quote: "| 2025-09-30 /")),
            LedgerEntry("customers.meta.term_years", 7, "c4-meta", .derived,
                        derived("September 2025 to December 2032: ~7 years", from: from(.more, meta, quote: "to Dec 2032"))),
            LedgerEntry("customers.nvidia-backstop.backlog", .atLeast(6.3e9), "c3-bisnow", .reported,
                        row(.more, backstop, quote: "≥$6.3B order")),
            LedgerEntry("customers.nvidia-backstop.start", "2025-09", "c3-bisnow", .reported, row(.more, backstop, quote: "| 2025-09 |")),
            LedgerEntry("customers.nvidia-backstop.term_years", 7, "c3-bisnow", .derived,
                        derived("September 2025 through 2032: ~7 years", from: from(.more, backstop, quote: "through 2032"))),
            LedgerEntry("customers.anthropic.backlog", .undisclosed, "a20-anthropic", .reported,
                        row(.more, "| 11 | Anthropic | multi-year GPU cloud agreement", quote: "value not disclosed")),

            LedgerEntry("financials.cash_on_hand", 4.2e9, "c10-call", .reported, row(.more, "| 10 | Cash |", quote: "$4.2B at 2025-12-31")),
            LedgerEntry("financials.2025.revenue", 5.13e9, "c6-10k", .reported, row(.more, results, quote: "revenue $5.13B")),
            LedgerEntry("financials.2025.burn", 15.3e9, "c5-zacks", .derived,
                        derived("capex 15.4 − operating income 0.06 = 15.3", from: from(.more, capex, quote: "2025 ~$15.4B"))),
            LedgerEntry("financials.2025.operating_income", 0.06e9, "c6-10k", .derived,
                        derived("net loss −1.17 + interest 1.23 (the guide's midpoint) = 0.06, taxes left out", from: netLoss, interest)),
            LedgerEntry("financials.2026.revenue", 13.4e9, "c5-zacks", .derived, derived("backlog 66.8 / ~5 years = 13.4", from: backlog)),
            LedgerEntry("financials.2026.burn", 31.7e9, "c5-zacks", .derived,
                        derived("capex at the guide's midpoint 32.5 − operating income 0.8 = 31.7",
                                from: from(.more, capex, quote: "2026 guide $30–35B"))),
            LedgerEntry("financials.2026.operating_income", 0.8e9, "c7-capex", .derived,
                        derived("Q4 2025's adjusted margin 6 % × 13.4 = 0.8", from: margin)),
            LedgerEntry("financials.2027.revenue", 24.4e9, "c5-zacks", .derived,
                        derived("13.4 × 3.1 GW contracted / 1.7 GW active in 2026 = 24.4",
                                from: from(.more, capacity, quote: "target >1.7 GW active in 2026"))),
            LedgerEntry("financials.2027.burn", 31.7e9, assumptions, .assumption,
                        assumed("no capex guidance for 2027: 2026's pace held (+5 GW planned by 2030)")),
            LedgerEntry("financials.2027.operating_income", 1.5e9, "c7-capex", .derived,
                        derived("6 % × 24.4 = 1.5", from: margin)),

            LedgerEntry("uncertainty.revenue_growth_gap", .distribution(.normal(mean: -0.05, sd: 0.1)), assumptions, .assumption,
                        assumed("Microsoft alone is 67 % of the revenue; OpenAI missed its targets")),
            LedgerEntry("uncertainty.burn_scale", .distribution(.triangular(low: 0.9, mode: 1, high: 1.3)), assumptions, .assumption,
                        assumed("2025's capex guidance moved from $20–23B to $12–14B to ~$15.4B")),
            LedgerEntry("uncertainty.delay.contracted", .distribution(.pert(low: 0, mode: 5, high: 17)), assumptions, .assumption,
                        assumed("readiness 40/30/50 % by openai-2026-02's rule")),
            LedgerEntry("uncertainty.correlation.revenue_growth_gap.burn_scale", 0.3, assumptions, .assumption,
                        assumed("revenue follows capacity")),
        ]
    }()
}
