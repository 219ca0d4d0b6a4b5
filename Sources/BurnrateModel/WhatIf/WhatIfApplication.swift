extension WhatIf {
    /// A new scenario with this what-if's adjustments; the given one is left as it is. When a
    /// figure changes, the result lists a source `WhatIf.sourceID` titled with `summary(in:)`.
    public func apply(to scenario: Scenario) -> Scenario {
        var application = WhatIfApplication(whatIf: self, scenario: scenario)
        application.removeLostProvider()
        let undelayed = application.scenario
        application.delayDates()
        application.realiseInvestments()
        application.growRevenue()
        application.scaleBurn()
        // Last, so that revenue grown or burn scaled by the what-if is what the delays change.
        application.costDelays(against: undelayed)
        application.revalue()
        guard application.citesWhatIf else { return application.scenario }
        return application.scenario.citing(whatIfSourceTitled: summary(in: scenario).joined(separator: "; "))
    }
}

/// One scenario being adjusted, remembering whether any figure now cites the what-if.
private struct WhatIfApplication {
    let whatIf: WhatIf
    private(set) var scenario: Scenario
    private(set) var citesWhatIf = false

    init(whatIf: WhatIf, scenario: Scenario) {
        self.whatIf = whatIf
        self.scenario = scenario
    }

    /// The figure with a new value citing the what-if, or as it was when the value is unchanged.
    private mutating func adjusted<Value>(_ figure: Sourced<Value>, to value: Value) -> Sourced<Value> {
        guard value != figure.value else { return figure }
        return cited(value)
    }

    private mutating func cited<Value>(_ value: Value) -> Sourced<Value> {
        citesWhatIf = true
        return Sourced(value, source: WhatIf.sourceID, basis: .assumption)
    }

    mutating func removeLostProvider() {
        let lost = whatIf.lostIDs(in: scenario)
        scenario.contracts.removeAll { lost.contracts.contains($0.id) }
        scenario.sites.removeAll { lost.sites.contains($0.id) }
        scenario.uncertainty = scenario.uncertainty.removingDelays(ofContracts: lost.contracts, sites: lost.sites)
        for index in scenario.round.investors.indices {
            scenario.round.investors[index].supplier?.contracts.removeAll(where: lost.contracts.contains)
        }
    }

    mutating func delayDates() {
        for index in scenario.contracts.indices {
            let contract = scenario.contracts[index]
            guard let months = whatIf.delay(of: contract), let start = contract.start else { continue }
            scenario.contracts[index].start = adjusted(start, to: start.value.adding(months: months))
        }
        for index in scenario.sites.indices {
            let site = scenario.sites[index]
            guard let months = whatIf.delay(of: site, in: scenario) else { continue }
            scenario.sites[index].online = adjusted(site.online, to: site.online.value.adding(months: months))
        }
    }

    /// Revenue and burn of the years the delays moved capacity or payments into or out of (see
    /// `DelayCost` for the rule), a year the scenario has no figures for taking those of the
    /// year standing for it, and the unlisted years after it keeping theirs.
    mutating func costDelays(against undelayed: Scenario) {
        let costs = DelayCost.costs(from: undelayed, to: scenario)
        guard let firstCost = costs.map(\.year).min() else { return }
        var years = scenario.financials.years
        // A year written for a cost would stand for the unlisted years after it too, and its
        // cost would count again in each: every unlisted year from the first cost on gets its
        // own copy of the figures that stood for it first.
        for year in firstCost...max(firstCost, scenario.horizon.end) where !years.contains(where: { $0.year == year }) {
            guard var standing = scenario.financialYear(standingFor: year) else { break }
            standing.year = year
            years.insert(standing, at: years.firstIndex { $0.year > year } ?? years.endIndex)
        }
        for cost in costs {
            guard let index = years.firstIndex(where: { $0.year == cost.year }) else { continue }
            let standing = years[index]
            years[index].revenue = adjusted(standing.revenue, to: standing.revenue.value + cost.revenue)
            years[index].burn = adjusted(standing.burn, to: standing.burn.value + cost.burn)
        }
        scenario.financials.years = years
        scenario.financials.delayCosts = costs
    }

    mutating func realiseInvestments() {
        for index in scenario.round.investors.indices {
            let investor = scenario.round.investors[index]
            guard let fraction = whatIf.realisation(of: investor) else { continue }
            scenario.round.investors[index].amount =
                adjusted(investor.amount, to: Self.realised(investor.amount.value, fraction))
            for tranche in investor.tranches.indices {
                let amount = investor.tranches[tranche].amount
                scenario.round.investors[index].tranches[tranche].amount =
                    adjusted(amount, to: Self.realised(amount.value, fraction))
            }
        }
    }

    /// Nothing delivered is exactly nothing, even of an undisclosed amount.
    private static func realised(_ amount: Amount, _ fraction: Double) -> Amount {
        fraction == 0 ? .exact(0) : amount.scaled(by: fraction)
    }

    mutating func growRevenue() {
        guard let growth = whatIf.revenueGrowth,
              let base = WhatIf.revenueBaseIndex(in: scenario) else { return }
        var years = scenario.financials.years
        for index in years.indices.dropFirst(base + 1) {
            let previous = years[index - 1]
            let grown = (previous.year..<years[index].year).reduce(previous.revenue.value) { revenue, _ in
                revenue * (1 + growth)
            }
            years[index].revenue = adjusted(years[index].revenue, to: grown)
        }
        scenario.financials.years = years
    }

    mutating func scaleBurn() {
        guard let scale = whatIf.burnScale else { return }
        for index in scenario.financials.years.indices {
            let burn = scenario.financials.years[index].burn
            scenario.financials.years[index].burn = adjusted(burn, to: burn.value * (burn.value < 0 ? 2 - scale : scale))
        }
    }

    mutating func revalue() {
        guard let valuation = whatIf.valuation else { return }
        let round = scenario.round
        let newPost = Amount.exact(valuation)
        scenario.round.postMoney = round.postMoney.map { adjusted($0, to: newPost) } ?? cited(newPost)
        guard let pre = round.preMoney else { return }
        if let oldPost = round.postMoney?.value.headline, let oldPre = pre.value.headline,
           valuation > oldPost - oldPre {
            scenario.round.preMoney = adjusted(pre, to: .exact(valuation - (oldPost - oldPre)))
        } else {
            scenario.round.preMoney = nil
        }
    }
}

extension WhatIf {
    /// The index in `financials.years` of the year revenue growth starts from (see `revenueGrowth`).
    static func revenueBaseIndex(in scenario: Scenario) -> Int? {
        let years = scenario.financials.years
        guard !years.isEmpty else { return nil }
        return years.lastIndex { $0.year < scenario.asOf.year } ?? 0
    }
}

private extension Scenario {
    /// This scenario listing the what-if source, merged into any earlier one so ids stay unique.
    func citing(whatIfSourceTitled title: String) -> Scenario {
        var result = self
        let earlier = sources.firstIndex { $0.id == WhatIf.sourceID }
        let fullTitle = earlier.map { [sources[$0].title, title].joined(separator: "; ") } ?? title
        let source = Source(id: WhatIf.sourceID, publisher: "burnrate what-if", title: fullTitle,
                            date: asOf, confidence: .low)
        if let earlier { result.sources[earlier] = source } else { result.sources.append(source) }
        return result
    }
}
