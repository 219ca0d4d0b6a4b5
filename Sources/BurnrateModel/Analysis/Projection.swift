/// The scenario year by year over its horizon: capacity coming online, contract payments,
/// revenue, burn, round money arriving, and the cash that is left.
///
/// Cash moves by inflows minus burn only. Contract obligations are shown but not subtracted:
/// burn already includes the company's spending on compute, so subtracting them as well would
/// count that spending twice.
public struct Projection: Sendable, Equatable {
    /// Cash on hand before the first year of the horizon.
    public let startingCash: Double
    public let years: [ProjectionYear]

    public init(startingCash: Double, years: [ProjectionYear]) {
        self.startingCash = startingCash
        self.years = years
    }

    public init(scenario: Scenario) {
        self.init(scenario: scenario, payments: scenario.roundPayments)
    }

    /// With the scenario's `roundPayments`, when the caller has them already.
    init(scenario: Scenario, payments: [RoundPayment]) {
        let sitesByContract = scenario.sitesByContract
        // Each contract's sites looked up once, not once a year.
        let providers = scenario.contractsByProvider.map { provider, contracts in
            (provider, contracts.map { (contract: $0, sites: sitesByContract[$0.id] ?? []) })
        }
        var cash: Double? = scenario.financials.cashOnHand.value
        var years: [ProjectionYear] = []
        for year in scenario.horizonYears {
            let capacity = providers.map { provider, contracts in
                ProviderCapacity(provider: provider,
                                 gigawatts: Self.capacityOnline(of: contracts, in: year, asOf: scenario.asOf))
            }
            let financialYear = scenario.financialYear(standingFor: year)
            let inflows = Self.inflows(in: year, payments: payments, scenario: scenario)
            let burn = financialYear?.burn.value
            cash = cash.flatMap { cash in burn.map { cash + inflows - $0 } }
            var obligationsDue = 0.0
            for contract in scenario.contracts {
                obligationsDue += Self.obligation(of: contract, in: year, scenario: scenario)
            }
            years.append(ProjectionYear(
                year: year, capacityOnlineGW: capacity,
                totalCapacityOnlineGW: capacity.compactMap(\.gigawatts).reduce(0, +),
                obligationsDue: obligationsDue,
                revenue: financialYear?.revenue.value, burn: burn, inflows: inflows, cash: cash))
        }
        self.init(startingCash: scenario.financials.cashOnHand.value, years: years)
    }

    public func year(_ year: Int) -> ProjectionYear? { years.first { $0.year == year } }

    /// The moment (as a fractional year) cash first falls below zero, interpolated linearly
    /// between the start and the end of the year it happens in; nil when it stays at or above
    /// zero over the whole horizon.
    public var cashRunsOut: Double? {
        var cashAtStart = startingCash
        for year in years {
            guard let cashAtEnd = year.cash else { return nil }
            if cashAtEnd < 0 {
                let fallen = cashAtStart - cashAtEnd
                let partOfYear = cashAtStart <= 0 ? 0 : cashAtStart / fallen
                return Double(year.year) + partOfYear
            }
            cashAtStart = cashAtEnd
        }
        return nil
    }

    /// Round money arriving in `year`. A payment dated before the horizon counts in its first
    /// year; one dated after it does not count.
    static func inflows(in year: Int, payments: [RoundPayment], scenario: Scenario) -> Double {
        payments.reduce(0) { total, payment in
            let arrival = max((payment.date ?? scenario.asOf).year, scenario.horizon.start)
            return arrival == year ? total + (payment.amount.value.headline ?? 0) : total
        }
    }

    /// The part of a contract's value due in `year`: the value spread evenly over its term
    /// (or, without a term, from its start to the end of the horizon) and prorated by how much
    /// of that span falls in the calendar year.
    static func obligation(of contract: CapacityContract, in year: Int, scenario: Scenario) -> Double {
        guard let value = contract.value.value.headline else { return 0 }
        let start = (contract.start?.value ?? scenario.asOf).fractionalYear
        let end = contract.termYears.map { start + $0.value } ?? Double(scenario.horizon.end + 1)
        guard end > start else {
            return Int(start.rounded(.down)) == year ? value : 0
        }
        let overlap = min(end, Double(year + 1)) - max(start, Double(year))
        return overlap > 0 ? value * overlap / (end - start) : 0
    }

    /// Capacity online under a provider's contracts at the end of `year`: for a contract with
    /// sites, the sites online by that year; for one without, its stated capacity from its
    /// start year on.
    static func capacityOnline(of contracts: [(contract: CapacityContract, sites: [Site])], in year: Int,
                               asOf: Day) -> Double? {
        var total = 0.0
        var isKnown = false
        for (contract, sites) in contracts {
            if !sites.isEmpty {
                var online = 0.0
                for site in sites where site.online.value.year <= year { online += site.capacityGW.value }
                total += online
                isKnown = true
            } else if let capacity = contract.capacityGW?.value {
                total += (contract.start?.value ?? asOf).year <= year ? capacity : 0
                isKnown = true
            }
        }
        return isKnown ? total : nil
    }
}
