extension WhatIf {
    /// Human-readable lines for the header and explanations, e.g. "SoftBank delivers 50 %",
    /// "every site online +12 months": English and short, in the order the knobs are listed.
    public func summary(in scenario: Scenario) -> [String] {
        realisationLines(in: scenario) + revenueLines(in: scenario) + burnLines
            + valuationLines(in: scenario) + delayLines(in: scenario) + lostProviderLines(in: scenario)
    }

    private func realisationLines(in scenario: Scenario) -> [String] {
        let known = scenario.round.investors.compactMap { investor in
            realisation(of: investor).map { "\(investor.name) delivers \(FigureFormat.percent($0))" }
        }
        let unknown = realisation.keys.sorted().filter { Self.investor($0, in: scenario) == nil }.map {
            "\($0) delivers \(FigureFormat.percent(realisation[$0] ?? 0))"
        }
        return known + unknown
    }

    private func revenueLines(in scenario: Scenario) -> [String] {
        guard let revenueGrowth else { return [] }
        let change = revenueGrowth == 0 ? "flat" : FigureFormat.percent(revenueGrowth, signed: true) + " a year"
        let base = Self.revenueBaseIndex(in: scenario).map { " after \(scenario.financials.years[$0].year)" } ?? ""
        return ["revenue \(change)\(base)"]
    }

    private var burnLines: [String] {
        burnScale.map { ["burn \(FigureFormat.percent($0 - 1, signed: true))"] } ?? []
    }

    private func valuationLines(in scenario: Scenario) -> [String] {
        valuation.map { ["post-money \(FigureFormat.money($0, currency: scenario.currency))"] } ?? []
    }

    /// One line per key; keys naming every site with one delay share the line "every site online".
    private func delayLines(in scenario: Scenario) -> [String] {
        var remaining = delayMonths
        var lines: [String] = []
        let siteDelays = scenario.sites.map { Self.entry(for: $0.id, in: delayMonths) }
        if let first = siteDelays.first, let months = first, siteDelays.allSatisfy({ $0 == months }) {
            lines.append("every site online \(Self.months(months))")
            remaining = remaining.filter { key, _ in !scenario.sites.contains { Self.sameName(key, $0.id) } }
        }
        let keys = remaining.keys.sorted { $0.lowercased() < $1.lowercased() }
        return lines + keys.map { key in
            let months = Self.months(remaining[key] ?? 0)
            return switch Self.delayTarget(key, in: scenario) {
            case .everything: "every site and contract \(months)"
            case .site(let site): "\(site.name) online \(months)"
            case .contract(let contract): "\(contract.provider) contract \(contract.id) \(months)"
            case .provider(let provider): "\(provider) \(months)"
            case nil: "\(key) \(months)"
            }
        }
    }

    private func lostProviderLines(in scenario: Scenario) -> [String] {
        guard let lostProvider else { return [] }
        let lost = lostIDs(in: scenario)
        guard let provider = lost.contracts.first.flatMap(scenario.contract(id:))?.provider else {
            return ["\(lostProvider) fails"]
        }
        return ["\(provider) fails (\((lost.contracts + lost.sites).joined(separator: ", ")) removed)"]
    }

    /// Months with their sign: 12 → "+12 months", -1 → "-1 month".
    private static func months(_ months: Int) -> String {
        (months >= 0 ? "+" : "") + "\(months) month" + (abs(months) == 1 ? "" : "s")
    }
}
