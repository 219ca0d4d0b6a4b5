import BurnrateYAML

extension WhatIf {
    /// What makes this what-if wrong for `scenario`, one message per problem, each starting
    /// with the `--set` path it concerns: unknown investors, sites, contracts or providers
    /// (with a "did you mean"), fractions outside 0 %…100 %, a negative burn scale, growth
    /// below -100 %, a valuation that is not positive. Empty when it can be applied.
    public func problems(in scenario: Scenario) -> [String] {
        realisationProblems(in: scenario) + figureProblems(in: scenario) + delayProblems(in: scenario)
            + lostProviderProblems(in: scenario)
    }

    private func realisationProblems(in scenario: Scenario) -> [String] {
        realisation.keys.sorted().compactMap { key in
            let path = "investors.\(key).realisation"
            guard Self.investor(key, in: scenario) != nil else {
                return Self.unknown(path, "investor", key, among: scenario.round.investors.map(\.id))
            }
            let fraction = realisation[key] ?? 0
            guard (0...1).contains(fraction) else {
                return "\(path): \(FigureFormat.percent(fraction)) is not a fraction from 0 % to 100 %"
            }
            return nil
        }
    }

    private func figureProblems(in scenario: Scenario) -> [String] {
        var problems: [String] = []
        if let revenueGrowth, !(revenueGrowth >= -1 && revenueGrowth.isFinite) {
            problems.append("revenue.growth: \(FigureFormat.percent(revenueGrowth, signed: true)) would make revenue negative; growth is -100 % or more")
        }
        if let burnScale, !(burnScale >= 0 && burnScale.isFinite) {
            problems.append("burn.scale: \(FigureFormat.decimal(burnScale, places: 1, trimmingZeros: true)) is not a scale of 0 or more (1.25 = +25 %)")
        }
        if let valuation, !(valuation > 0 && valuation.isFinite) {
            problems.append("valuation: \(FigureFormat.money(valuation, currency: scenario.currency)) is not a positive amount")
        }
        return problems
    }

    private func delayProblems(in scenario: Scenario) -> [String] {
        let candidates = scenario.sites.map(\.id) + scenario.contracts.map(\.id) + scenario.contracts.map(\.provider)
        return delayMonths.keys.sorted().filter { Self.delayTarget($0, in: scenario) == nil }.map {
            Self.unknown("delay.\($0)", "site, contract or provider", $0, among: candidates)
        }
    }

    private func lostProviderProblems(in scenario: Scenario) -> [String] {
        guard let lostProvider, lostIDs(in: scenario).contracts.isEmpty else { return [] }
        let candidates = scenario.contracts.map(\.provider) + scenario.contracts.map(\.id)
        return [Self.unknown("lost_provider", "provider or contract", lostProvider, among: candidates)]
    }

    private static func unknown(_ path: String, _ kind: String, _ key: String, among candidates: [String]) -> String {
        let message = "\(path): no \(kind) \"\(key)\" in this scenario"
        guard let suggestion = Suggestion.closest(to: key, among: candidates) else { return message }
        return message + "; did you mean \"\(suggestion)\"?"
    }
}
