/// The scenario year by year over its horizon: capacity coming online, contract payments,
/// revenue, burn, round money arriving, and the cash that is left.
///
/// Cash moves from cash on hand at its date (`CashRollForward`) by inflows minus the burn after
/// that date (`Projection.burn(_:in:after:asOf:financials:)`), and by what debt and leases move
/// after it (`DebtService`). Contract obligations are shown but not subtracted:
/// burn already includes the company's spending on compute, so subtracting them as well would
/// count that spending twice.
public struct Projection: Sendable, Equatable {
    /// Cash at the as-of date: cash on hand rolled forward to it (`cashRollForward`), with the
    /// round money dated by then and what debt and leases moved between the two dates.
    public let startingCash: Double
    /// How cash on hand was brought to the as-of date.
    public let cashRollForward: CashRollForward
    public let years: [ProjectionYear]
    /// Cash where the first year's starts falling: at the as-of date, or at the horizon's start
    /// when the as-of date is in an earlier year.
    public let openingCash: Double?

    public init(scenario: Scenario) {
        self.init(scenario: scenario, payments: scenario.roundPayments,
                  providers: ContractProviders(scenario.contracts), references: ContractReferences(scenario: scenario))
    }

    /// With what the caller has worked out from the scenario already.
    init(scenario: Scenario, payments: [RoundPayment], providers: ContractProviders,
         references: ContractReferences) {
        let horizonYears = scenario.horizonYears
        // Each contract and payment visited once for all the years, not once a year; every
        // year still adds them up in the scenario's order.
        let capacities = Self.capacityOnline(in: scenario, providers: providers, sites: references.sites,
                                             years: horizonYears)
        let inflows = RoundInflows(years: horizonYears, payments: payments, scenario: scenario)
        var obligationsDue = Array(repeating: 0.0, count: horizonYears.count)
        for contract in scenario.contracts {
            guard let span = ObligationSpan(of: contract, asOf: scenario.asOf, horizonEnd: scenario.horizon.end) else {
                continue
            }
            for (index, year) in horizonYears.enumerated() { obligationsDue[index] += span.due(in: year) }
        }
        let rollForward = CashRollForward(scenario: scenario)
        let start = rollForward.startMonths
        func burnAfterStart(in year: Int) -> Double? {
            scenario.financialYear(standingFor: year).map {
                Self.burn($0.burn.value, in: year, after: start, asOf: scenario.asOf, financials: scenario.financials)
            }
        }
        let service = DebtService(scenario: scenario, countingFrom: start)
        let asOfCash = rollForward.cash + inflows.receivedByAsOf + (service.isEmpty ? 0 : service.flowsBeforeAsOf.net)
        // The years between cash on hand's date and the horizon burn too (the roll-forward's).
        let firstYear = min(Int((start / 12).rounded(.down)), scenario.horizon.start)
        var cash: Double? = rollForward.figure.value
        for year in firstYear..<scenario.horizon.start {
            let debt = service.isEmpty ? 0 : service.flows(in: year).net
            cash = cash.flatMap { cash in burnAfterStart(in: year).map { cash + debt - $0 } }
        }
        openingCash = scenario.asOf.year < scenario.horizon.start ? cash : asOfCash
        // How far the least and the most round money received so far move the cash from the base case.
        var fewer = 0.0, more = 0.0
        var years: [ProjectionYear] = []
        // The own sites' row, when there is one, comes after the providers'.
        let capacityNames = providers.names + [scenario.ownSitesName]
        for (index, year) in horizonYears.enumerated() {
            let capacity = zip(capacityNames, capacities).map { provider, gigawatts in
                ProviderCapacity(provider: provider, gigawatts: gigawatts[index])
            }
            let financialYear = scenario.financialYear(standingFor: year)
            let burn = financialYear?.burn.value
            let debt = service.isEmpty ? DebtService.Flows() : service.flows(in: year)
            cash = cash.flatMap { cash in burnAfterStart(in: year).map { cash + inflows.base[index] + debt.net - $0 } }
            fewer += inflows.low[index] - inflows.base[index]
            more += inflows.high[index] - inflows.base[index]
            years.append(ProjectionYear(
                year: year, capacityOnlineGW: capacity,
                totalCapacityOnlineGW: capacity.compactMap(\.gigawatts).reduce(0, +),
                obligationsDue: obligationsDue[index],
                revenue: financialYear?.revenue.value, burn: burn, inflows: inflows.base[index], cash: cash,
                inflowBounds: inflows.bounds(at: index), cashBounds: cash.map { Bounded(low: $0 + fewer, high: $0 + more) },
                debtDrawn: debt.drawn, interest: debt.interest, principal: debt.principal, leasePayments: debt.leasePayments))
        }
        startingCash = asOfCash
        cashRollForward = rollForward
        self.years = years
    }

    public func year(_ year: Int) -> ProjectionYear? { years.first { $0.year == year } }

    /// The moment (as a fractional year) cash first falls below zero, interpolated linearly
    /// between the start and the end of the year it happens in; nil when it stays at or above
    /// zero over the whole horizon.
    public var cashRunsOut: Double? { runsOut { $0.cash } }

    /// `cashRunsOut` of the year-end cash `cash` picks from each year, e.g. a bound of it.
    public func runsOut(_ cash: (ProjectionYear) -> Double?) -> Double? {
        guard var cashAtStart = openingCash else { return nil }
        let asOf = cashRollForward.asOf.fractionalYear
        for year in years {
            guard let cashAtEnd = cash(year) else { return nil }
            if cashAtEnd < 0 {
                // The as-of year's cash starts falling at the as-of date.
                let start = max(Double(year.year), min(asOf, Double(year.year + 1)))
                let fallen = cashAtStart - cashAtEnd
                let partOfYear = cashAtStart <= 0 ? 0 : cashAtStart / fallen
                return start + partOfYear * (Double(year.year + 1) - start)
            }
            cashAtStart = cashAtEnd
        }
        return nil
    }

    /// The part of a contract's value due in `year` (see `ObligationSpan`).
    static func obligation(of contract: CapacityContract, in year: Int, scenario: Scenario) -> Double {
        ObligationSpan(of: contract, asOf: scenario.asOf, horizonEnd: scenario.horizon.end)?.due(in: year) ?? 0
    }

    /// Capacity online under each provider's contracts at the end of each of `years`: for a
    /// contract with sites (`sites`, by contract index), the sites online by that year; for one
    /// without, its stated capacity from its start year on. Nil years for a provider none of
    /// whose contracts says. When the scenario has sites of its own, one more row after the
    /// providers' (`Scenario.ownSitesName`): those sites online by each year.
    static func capacityOnline(in scenario: Scenario, providers: ContractProviders, sites: [[Site]],
                               years: [Int]) -> [[Double?]] {
        let contracts = scenario.contracts
        // provider by provider, each year in turn
        var totals = Array(repeating: 0.0, count: providers.names.count * years.count)
        var isKnown = Array(repeating: false, count: providers.names.count)
        for index in contracts.indices {
            let provider = providers.ofContract[index]
            let serving = sites[index]
            if !serving.isEmpty {
                for (index, online) in Self.online(serving, by: years).enumerated() {
                    totals[provider * years.count + index] += online
                }
                isKnown[provider] = true
            } else if let capacity = contracts[index].capacityGW?.value {
                let startYear = (contracts[index].start?.value ?? scenario.asOf).year
                for (index, year) in years.enumerated() {
                    totals[provider * years.count + index] += startYear <= year ? capacity : 0
                }
                isKnown[provider] = true
            }
        }
        let byProvider = providers.names.indices.map { provider in
            isKnown[provider] ? Array(totals[provider * years.count..<(provider + 1) * years.count])
                : Array(repeating: nil, count: years.count)
        }
        let owned = scenario.sites.filter(\.isOwned)
        return owned.isEmpty ? byProvider : byProvider + [Self.online(owned, by: years)]
    }

    /// The gigawatts of `sites` online by the end of each of `years`.
    private static func online(_ sites: [Site], by years: [Int]) -> [Double] {
        years.map { year in
            var online = 0.0
            for site in sites where site.online.value.year <= year { online += site.capacityGW.value }
            return online
        }
    }
}
