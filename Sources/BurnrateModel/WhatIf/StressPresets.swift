extension StressPreset {
    public static let all: [StressPreset] = [
        softbankHalf, conditionalMoneyFails, circularUnwind, revenueFlat, burnOverrun,
        powerLate, gpuScarcity, largestCloudFails, valuationReset,
    ]

    public static let softbankHalf = StressPreset(
        id: "softbank-half", name: "SoftBank delivers half",
        summary: "SoftBank delivers only half of its commitment, because the commitments are partly projected and not yet realised."
    ) { scenario in
        let softbank = scenario.round.investors.first { WhatIf.sameName("softbank", $0.id) || WhatIf.sameName("softbank", $0.name) }
        return WhatIf(realisation: [softbank?.id ?? "softbank": 0.5])
    }

    public static let conditionalMoneyFails = StressPreset(
        id: "conditional-money-fails", name: "Conditional money fails",
        summary: "Investors deliver only the firm part of \"up to\" amounts and conditional tranches, because the commitments are partly projected."
    ) { scenario in
        WhatIf(realisation: scenario.round.investors.reduce(into: [:]) { realisation, investor in
            realisation[investor.id] = firmShare(of: investor)
        })
    }

    public static let circularUnwind = StressPreset(
        id: "circular-unwind", name: "Circular money unwinds",
        summary: "Investors that are also suppliers deliver nothing, so the circular money that would flow back to them as spending disappears."
    ) { scenario in
        WhatIf(realisation: scenario.round.investors.reduce(into: [:]) { realisation, investor in
            if investor.supplier != nil { realisation[investor.id] = 0 }
        })
    }

    public static let revenueFlat = StressPreset(
        id: "revenue-flat", name: "Revenue flat",
        summary: "Revenue stops growing, while the investment already runs far above current revenue."
    ) { _ in WhatIf(revenueGrowth: 0) }

    public static let burnOverrun = StressPreset(
        id: "burn-overrun", name: "Burn overrun",
        summary: "Every year burns 25 % more cash, as an infrastructure-heavy race costs more than planned while profit stays secondary."
    ) { _ in WhatIf(burnScale: 1.25) }

    public static let powerLate = StressPreset(
        id: "power-late", name: "Power a year late",
        summary: "Every site comes online a year late, because data centres need stable power, cooling and networks that are not yet in place."
    ) { scenario in
        WhatIf(delayMonths: Dictionary(uniqueKeysWithValues: scenario.sites.map { ($0.id, 12) }))
    }

    public static let gpuScarcity = StressPreset(
        id: "gpu-scarcity", name: "GPU scarcity",
        summary: "Every contract and site starts six months late, as scarce GPUs slow the capital- and infrastructure-heavy build-out."
    ) { _ in WhatIf(delayMonths: [WhatIf.everything: 6]) }

    public static let largestCloudFails = StressPreset(
        id: "largest-cloud-fails", name: "Largest cloud fails",
        summary: "The cloud provider with the largest contracts fails, testing whether the multi-cloud strategy really avoids dependence and outage risk."
    ) { scenario in WhatIf(lostProvider: largestCloudProvider(in: scenario)) }

    public static let valuationReset = StressPreset(
        id: "valuation-reset", name: "Valuation reset",
        summary: "The post-money valuation falls by 40 %, as investors re-price an investment far above current revenue."
    ) { scenario in
        WhatIf(valuation: scenario.round.postMoney?.value.headline.map { $0 * 0.6 })
    }

    /// Firm ÷ headline for an investor whose money is partly uncertain: an "up to" or range
    /// amount, a conditional instrument, or a tranche with a condition. Nil for the others.
    static func firmShare(of investor: Investor) -> Double? {
        let conditional = { (tranche: Tranche) in tranche.condition != nil || tranche.instrument == .conditional }
        guard investor.amount.value.firm != investor.amount.value.headline
                || investor.instrument == .conditional || investor.tranches.contains(where: conditional),
              let headline = investor.amount.value.headline, headline > 0 else { return nil }
        let firm = investor.tranches.isEmpty
            ? (investor.instrument == .conditional ? 0 : investor.amount.value.firm ?? 0)
            : investor.tranches.filter { !conditional($0) }.reduce(0) { $0 + ($1.amount.value.firm ?? 0) }
        return min(1, firm / headline)
    }

    /// The provider whose cloud contracts add up to the most (headline values; the first
    /// listed on a tie), nil without cloud contracts.
    static func largestCloudProvider(in scenario: Scenario) -> String? {
        let clouds = scenario.contracts.filter { $0.kind == .cloud }
        let providers = clouds.reduce(into: [String]()) { if !$0.contains($1.provider) { $0.append($1.provider) } }
        func total(_ provider: String) -> Double {
            clouds.filter { $0.provider == provider }.reduce(0) { $0 + ($1.value.value.headline ?? 0) }
        }
        return providers.max { total($0) < total($1) }
    }
}
