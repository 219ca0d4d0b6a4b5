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
        let horizonYears = scenario.horizonYears
        // Each contract and payment visited once for all the years, not once a year; every
        // year still adds them up in the scenario's order.
        let capacities = scenario.contractsByProvider.map { provider, contracts in
            (provider, Self.capacityOnline(of: contracts.map { (contract: $0, sites: sitesByContract[$0.id] ?? []) },
                                           in: horizonYears, asOf: scenario.asOf))
        }
        let inflows = Self.inflows(in: horizonYears, payments: payments, scenario: scenario)
        var obligationsDue = Array(repeating: 0.0, count: horizonYears.count)
        for contract in scenario.contracts {
            for (index, year) in horizonYears.enumerated() {
                obligationsDue[index] += Self.obligation(of: contract, in: year, scenario: scenario)
            }
        }
        var cash: Double? = scenario.financials.cashOnHand.value
        var years: [ProjectionYear] = []
        for (index, year) in horizonYears.enumerated() {
            let capacity = capacities.map { provider, gigawatts in
                ProviderCapacity(provider: provider, gigawatts: gigawatts[index])
            }
            let financialYear = scenario.financialYear(standingFor: year)
            let burn = financialYear?.burn.value
            cash = cash.flatMap { cash in burn.map { cash + inflows[index] - $0 } }
            years.append(ProjectionYear(
                year: year, capacityOnlineGW: capacity,
                totalCapacityOnlineGW: capacity.compactMap(\.gigawatts).reduce(0, +),
                obligationsDue: obligationsDue[index],
                revenue: financialYear?.revenue.value, burn: burn, inflows: inflows[index], cash: cash))
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

    /// Round money arriving in each of `years`. A payment dated before the horizon counts in its
    /// first year; one dated after it does not count.
    static func inflows(in years: [Int], payments: [RoundPayment], scenario: Scenario) -> [Double] {
        var inflows = Array(repeating: 0.0, count: years.count)
        for payment in payments {
            let arrival = max((payment.date ?? scenario.asOf).year, scenario.horizon.start)
            if let index = years.firstIndex(of: arrival) { inflows[index] += payment.amount.value.headline ?? 0 }
        }
        return inflows
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

    /// Capacity online under a provider's contracts at the end of each of `years`: for a contract
    /// with sites, the sites online by that year; for one without, its stated capacity from its
    /// start year on.
    static func capacityOnline(of contracts: [(contract: CapacityContract, sites: [Site])], in years: [Int],
                               asOf: Day) -> [Double?] {
        var totals = Array(repeating: 0.0, count: years.count)
        var isKnown = false
        for (contract, sites) in contracts {
            if !sites.isEmpty {
                for (index, year) in years.enumerated() {
                    var online = 0.0
                    for site in sites where site.online.value.year <= year { online += site.capacityGW.value }
                    totals[index] += online
                }
                isKnown = true
            } else if let capacity = contract.capacityGW?.value {
                let startYear = (contract.start?.value ?? asOf).year
                for (index, year) in years.enumerated() { totals[index] += startYear <= year ? capacity : 0 }
                isKnown = true
            }
        }
        return isKnown ? totals : Array(repeating: nil, count: years.count)
    }
}
