extension FactLedgers {
    // Rows of facts-more.md both Anthropic scenarios cite.
    static let azureRow = "| 4 | Azure commitment (circular with #3) |"
    static let googleTPURow = "| 5 | Google Cloud TPU deal |"
    static let fluidstackRow = "| 6 | Own data centres (Fluidstack) |"
    static let rainierRow = "| AWS — Project Rainier (New Carlisle, Indiana) |"
    static let nvidiaSystemsRow = "| Nvidia systems | not stated"
    static let revenuePlanRow = "| Revenue plan 2026 / 2027 / 2028 |"
    static let burnShareRow = "| Burn as share of revenue |"
    static let siteReadiness = "the author's estimate from what was reported about the site"

    /// Anthropic's contracts, sites, financial years and simulation inputs as both scenarios
    /// hold them (anthropic-2026-05 adds to them).
    static let anthropicShared: [LedgerEntry] = [
        LedgerEntry("contracts.google-tpu.value", .atLeast(10e9), "a5-google-tpu", .reported,
                    row(.more, googleTPURow, quote: "\"tens of billions\"")),
        LedgerEntry("contracts.google-tpu.start", "2026", "a5-google-tpu", .assumption,
                    row(.more, googleTPURow, quote: ">1 GW online in 2026")),
        LedgerEntry("contracts.google-tpu.capacity_gw", 1, "a5-google-tpu", .reported, row(.more, googleTPURow, quote: ">1 GW")),
        LedgerEntry("contracts.azure.value", .exact(30e9), "a3-bloomberg", .reported,
                    row(.more, azureRow, quote: "~$30B of Azure compute")),
        LedgerEntry("contracts.azure.start", "2025-11", "a3-bloomberg", .assumption, row(.more, azureRow, quote: "| 2025-11-18 |")),
        LedgerEntry("contracts.nvidia-systems.value", .undisclosed, "a3-bloomberg", .reported,
                    row(.more, nvidiaSystemsRow, quote: "not stated")),
        LedgerEntry("contracts.nvidia-systems.capacity_gw", 1, "a3-bloomberg", .reported,
                    row(.more, azureRow, quote: "up to 1 GW on Nvidia Grace Blackwell")),
        LedgerEntry("contracts.fluidstack.value", .exact(50e9), "a6-fluidstack", .reported,
                    row(.more, fluidstackRow, quote: "$50B; Texas and New York")),
        LedgerEntry("contracts.fluidstack.start", "2025-11", "a6-fluidstack", .assumption,
                    row(.more, fluidstackRow, quote: "| 2025-11-12 |")),

        LedgerEntry("sites.rainier.capacity_gw", 2.2, "a31-rainier", .reported, row(.more, rainierRow, quote: ">2.2 GW")),
        LedgerEntry("sites.rainier.power", 0.5, assumptions, .assumption, assumed("live since October 2025, 30 buildings planned")),
        LedgerEntry("sites.rainier.cooling", 0.5, assumptions, .assumption, assumed("live since October 2025, 30 buildings planned")),
        LedgerEntry("sites.rainier.network", 0.8, assumptions, .assumption, assumed(siteReadiness)),
        LedgerEntry("sites.rainier.online", "2027-12", assumptions, .assumption, assumed("no source dates all 30 buildings")),

        LedgerEntry("financials.2025.revenue", 4.7e9, "a11-information", .assumption,
                    row(.more, "| 2025 revenue (forecast) |", quote: "$4.7B (The Information)")),
        LedgerEntry("financials.2025.burn", 3e9, "a13-wsj", .assumption, row(.more, "| 2025 cash burn (forecast) |", quote: "~$3B")),
        LedgerEntry("financials.2026.revenue", 26e9, "a10-information", .assumption,
                    row(.more, revenuePlanRow, quote: "2026 later raised to $20–26B")),
        LedgerEntry("financials.2026.burn", 8.7e9, "a13-wsj", .derived,
                    derived("1/3 of 2026's revenue: 26 / 3 = 8.7", from: from(.more, burnShareRow, quote: "~1/3 in 2026"))),
        LedgerEntry("financials.2027.revenue", 38.9e9, "a11-information", .assumption, row(.more, revenuePlanRow, quote: "$38.9B")),
        LedgerEntry("financials.2027.burn", 3.5e9, "a13-wsj", .derived,
                    derived("9 % of 2027's revenue: 0.09 × 38.9 = 3.5", from: from(.more, burnShareRow, quote: "9% in 2027"))),
        LedgerEntry("financials.2028.revenue", 70e9, "a12-plan", .assumption,
                    row(.more, "| 17 | Long-range plan |", quote: "$70B revenue")),
        LedgerEntry("financials.2028.burn", -17e9, "a12-plan", .assumption,
                    row(.more, "| 17 | Long-range plan |", quote: "$17B positive cash flow in 2028")),

        LedgerEntry("uncertainty.revenue_growth_gap", .distribution(.normal(mean: 0, sd: 0.15)), assumptions, .assumption,
                    assumed("run rate up five-fold in a year, its definition disputed (net ~27 % lower)")),
        LedgerEntry("uncertainty.burn_scale", .distribution(.triangular(low: 0.8, mode: 1, high: 1.5)), assumptions, .assumption,
                    assumed("one profitable quarter, forecast, 'may not last'; compute cost per dollar forecast to fall")),
        LedgerEntry("uncertainty.delay.rainier", .distribution(.pert(low: 0, mode: 3, high: 12)), assumptions, .assumption,
                    assumed("readiness 50/50/80 % by openai-2026-02's rule")),
        LedgerEntry("uncertainty.correlation.revenue_growth_gap.burn_scale", 0.3, assumptions, .assumption,
                    assumed("revenue follows compute, as in openai-2026-02")),
    ]

    /// anthropic-2026-02: the Series G.
    static let anthropic202602: [LedgerEntry] = anthropicShared + [
        LedgerEntry("round.target", .exact(30e9), "a8-guardian", .reported, row(.more, "| 7 | Series G |", quote: "$30B at $380B")),
        LedgerEntry("round.pre_money", .exact(350e9), "a8-guardian", .derived,
                    derived("380 post − 30 = 350", from: from(.more, "| 7 | Series G |", quote: "(= $350B pre, D)"))),
        LedgerEntry("round.post_money", .exact(380e9), "a8-guardian", .reported,
                    row(.more, "| 7 | Series G |", quote: "$380B post-money")),
        LedgerEntry("investors.gic.amount", .exact(1.5e9), "a9-ft", .assumption,
                    row(.more, "| Series G | 2026-02-12 |", quote: "each ~$1.5B initially, per FT in January")),
        LedgerEntry("investors.coatue.amount", .exact(1.5e9), "a9-ft", .assumption,
                    row(.more, "| Series G | 2026-02-12 |", quote: "each ~$1.5B initially, per FT in January")),
        LedgerEntry("investors.others.amount", .exact(27e9), "a8-guardian", .derived,
                    derived("30 − GIC 1.5 − Coatue 1.5 = 27", from: from(.more, "| 7 | Series G |", quote: "$30B"))),
        LedgerEntry("investors.microsoft.amount", .undisclosed, "a8-guardian", .reported,
                    row(.more, "| 7 | Series G |", quote: "includes part of the Microsoft/Nvidia pledges")),
        LedgerEntry("investors.nvidia.amount", .undisclosed, "a8-guardian", .reported,
                    row(.more, "| 7 | Series G |", quote: "includes part of the Microsoft/Nvidia pledges")),
        LedgerEntry("contracts.aws-rainier.value", .undisclosed, "a31-rainier", .reported,
                    row(.more, rainierRow, quote: "$11B site cost (Amazon's)")),
        LedgerEntry("contracts.aws-rainier.start", "2025-10", "a31-rainier", .reported, row(.more, rainierRow, quote: "live Oct 2025")),
        LedgerEntry("contracts.aws-rainier.capacity_gw", 2.2, "a31-rainier", .reported, row(.more, rainierRow, quote: ">2.2 GW")),
        LedgerEntry("financials.cash_on_hand", 15e9, assumptions, .assumption,
                    assumed("no source gives cash: Series F's $13B (Sept 2025) and earlier rounds' rest, less ~$3B a year")),
    ]

    /// anthropic-2026-05: the Series H with Amazon's and Google's April money.
    static let anthropic202605: [LedgerEntry] = {
        let seriesH = "| 13 | Series H |"
        let coLeads = from(.more, "| Series H | 2026-05-28 |", quote: "each ~$2B, L")
        let amazon = "| 9 | Amazon deal |"
        let google = "| 10 | Google investment |"
        let googleCloud = "| 11 | Google Cloud spend commitment |"
        let broadcom = "| 8 | Google/Broadcom TPU expansion |"
        let lease = "| 12 | SpaceX/xAI \"Colossus\" lease |"
        let colossus = "| SpaceX/xAI Colossus I (+ II) |"
        return anthropicShared + [
            LedgerEntry("round.target", .exact(130e9), "a22-series-h", .derived,
                        derived("Series H 65 + Amazon 5 + up to 20 + Google 10 + up to 30 = 130",
                                from: from(.more, seriesH, quote: "$65B"),
                                from(.more, amazon, quote: "$5B now + up to $20B more"),
                                from(.more, google, quote: "$10B cash now at a $350B valuation + up to $30B more"))),
            LedgerEntry("round.post_money", .exact(965e9), "a22-series-h", .reported,
                        row(.more, seriesH, quote: "$965B post-money")),
            LedgerEntry("investors.sequoia.amount", .exact(2e9), "a23-bloomberg", .assumption, .row(coLeads)),
            LedgerEntry("investors.dragoneer.amount", .exact(2e9), "a23-bloomberg", .assumption, .row(coLeads)),
            LedgerEntry("investors.altimeter.amount", .exact(2e9), "a23-bloomberg", .assumption, .row(coLeads)),
            LedgerEntry("investors.greenoaks.amount", .exact(2e9), "a23-bloomberg", .assumption, .row(coLeads)),
            LedgerEntry("investors.others.amount", .exact(57e9), "a22-series-h", .derived,
                        derived("65 − 4 co-leads × 2 = 57", from: from(.more, seriesH, quote: "$65B"), coLeads)),
            LedgerEntry("investors.amazon.amount", .exact(25e9), "a16-axios", .derived,
                        derived("5 now + up to 20 = 25", from: from(.more, amazon, quote: "$5B now + up to $20B more"))),
            LedgerEntry("investors.amazon.tranches[0]", .exact(5e9), "a16-axios", .reported,
                        row(.more, amazon, quote: "Amazon invests $5B now")),
            LedgerEntry("investors.amazon.tranches[1]", .upTo(20e9), "a16-axios", .reported,
                        row(.more, amazon, quote: "up to $20B more (milestones)")),
            LedgerEntry("investors.google.amount", .exact(40e9), "a18-bloomberg", .derived,
                        derived("10 now + up to 30 = 40", from: from(.more, google, quote: "$10B cash now"))),
            LedgerEntry("investors.google.tranches[0]", .exact(10e9), "a18-bloomberg", .reported,
                        row(.more, google, quote: "$10B cash now")),
            LedgerEntry("investors.google.tranches[1]", .upTo(30e9), "a18-bloomberg", .reported,
                        row(.more, google, quote: "up to $30B more tied to performance targets")),
            LedgerEntry("investors.microsoft.amount", .undisclosed, "a3-bloomberg", .reported,
                        row(.more, "| 3 | Microsoft / Nvidia investment pledge |", quote: "(\"up to\", staged)")),
            LedgerEntry("investors.nvidia.amount", .undisclosed, "a3-bloomberg", .reported,
                        row(.more, "| 3 | Microsoft / Nvidia investment pledge |", quote: "(\"up to\", staged)")),

            LedgerEntry("contracts.aws.value", .atLeast(100e9), "a16-axios", .reported,
                        row(.more, amazon, quote: "Anthropic commits >$100B to AWS over 10 years")),
            LedgerEntry("contracts.aws.term_years", 10, "a16-axios", .reported, row(.more, amazon, quote: "over 10 years")),
            LedgerEntry("contracts.aws.start", "2026-04", "a16-axios", .assumption, row(.more, amazon, quote: "| 2026-04-21 |")),
            LedgerEntry("contracts.aws.capacity_gw", 5, "a17-aws-5gw", .reported, row(.more, amazon, quote: "up to 5 GW (Trainium2–4)")),
            LedgerEntry("contracts.google-cloud.value", .upTo(200e9), "a18-bloomberg", .reported,
                        row(.more, googleCloud, quote: "up to $200B over 5 years")),
            LedgerEntry("contracts.google-cloud.term_years", 5, "a18-bloomberg", .reported,
                        row(.more, googleCloud, quote: "over 5 years")),
            LedgerEntry("contracts.google-cloud.start", "2027", "a14-broadcom", .reported, row(.more, broadcom, quote: "from 2027")),
            LedgerEntry("contracts.google-cloud.capacity_gw", 3.5, "a14-broadcom", .reported, row(.more, broadcom, quote: "~3.5 GW")),
            LedgerEntry("contracts.spacex-colossus.value", .exact(45e9), "a19-spacex-s1", .derived,
                        derived("36 months × 1.25 = 45", from: from(.more, lease, quote: "$1.25B per month through May 2029"))),
            LedgerEntry("contracts.spacex-colossus.term_years", 3, "a19-spacex-s1", .derived,
                        derived("May 2026 to May 2029", from: from(.more, lease, quote: "through May 2029"))),
            LedgerEntry("contracts.spacex-colossus.start", "2026-05", "a19-spacex-s1", .reported,
                        row(.more, lease, quote: "| 2026-05 (S-1 made public 2026-05-20) |")),
            LedgerEntry("contracts.spacex-colossus.capacity_gw", 0.3, "a20-colossus", .reported,
                        row(.more, colossus, quote: "Colossus 1: >300 MW")),

            LedgerEntry("sites.aws-other.capacity_gw", 2.8, "a17-aws-5gw", .derived,
                        derived("AWS's up to 5 GW − Rainier's 2.2 = 2.8", from: from(.more, amazon, quote: "up to 5 GW"))),
            LedgerEntry("sites.aws-other.power", 0.2, assumptions, .assumption, assumed("sites no source names")),
            LedgerEntry("sites.aws-other.cooling", 0.1, assumptions, .assumption, assumed("sites no source names")),
            LedgerEntry("sites.aws-other.network", 0.2, assumptions, .assumption, assumed("sites no source names")),
            LedgerEntry("sites.aws-other.online", "2028", assumptions, .assumption, assumed("sites no source names or dates")),
            LedgerEntry("sites.colossus-1.capacity_gw", 0.3, "a20-colossus", .reported, row(.more, colossus, quote: "Colossus 1: >300 MW")),
            LedgerEntry("sites.colossus-1.power", 0.9, assumptions, .assumption, assumed("running")),
            LedgerEntry("sites.colossus-1.cooling", 0.9, assumptions, .assumption, assumed("running")),
            LedgerEntry("sites.colossus-1.network", 1, assumptions, .assumption, assumed("running")),
            LedgerEntry("sites.colossus-1.online", "2026-05", "a19-spacex-s1", .reported, row(.more, colossus, quote: "| 2026-05-06 |")),

            LedgerEntry("financials.cash_on_hand", 43e9, assumptions, .derived,
                        derived("15 (anthropic-2026-02's end-2025 assumption) + Series G 30 − 8.7 / 4 = 42.8",
                                from: from(.more, "| 7 | Series G |", quote: "$30B"))),

            LedgerEntry("uncertainty.commitment.amazon.2", 0.7, assumptions, .assumption,
                        assumed("'commercial milestones' while revenue runs far ahead of plan")),
            LedgerEntry("uncertainty.realisation.amazon.2", .distribution(.uniform(low: 0.5, high: 1)), assumptions, .assumption,
                        assumed("perhaps not all of an 'up to'")),
            LedgerEntry("uncertainty.commitment.google.2", 0.6, assumptions, .assumption,
                        assumed("targets no source states, priced at $350B against the Series H's $900B")),
            LedgerEntry("uncertainty.realisation.google.2", .distribution(.uniform(low: 0.3, high: 1)), assumptions, .assumption,
                        assumed("perhaps only part of an 'up to'")),
            LedgerEntry("uncertainty.delay.aws-other", .distribution(.pert(low: 0, mode: 7, high: 22)), assumptions, .assumption,
                        assumed("readiness 20/10/20 % by openai-2026-02's rule")),
            LedgerEntry("uncertainty.delay.google-cloud", .distribution(.pert(low: 0, mode: 3, high: 12)), assumptions, .assumption,
                        assumed("Broadcom's supply depends on Anthropic's 'continued commercial success'")),
        ]
    }()
}
