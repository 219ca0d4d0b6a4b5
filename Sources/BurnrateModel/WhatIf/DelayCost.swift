/// What delays do to one year's money, against the scenario without them.
///
/// The rule: a contract's payments follow its start (`ObligationSpan`), so a contract delay moves
/// them; a site has no payments of its own, so a site delay alone moves capacity and revenue but
/// not what the contract costs. Capacity online earns `Financials.revenuePerGW` a gigawatt-year,
/// so capacity moved out of a year takes that revenue with it, and it is not made up later:
/// once the delayed capacity is online the year earns what it would have anyway. The year's burn
/// changes by the cash payments moved into it less the revenue moved into it; payments moved past
/// the horizon leave the projection (they are due after it).
public struct DelayCost: Sendable, Equatable {
    public let year: Int
    /// Cash payments the delays moved into the year (negative: out of it). A contract's non-cash
    /// share of payment (share swaps, usage guarantees) costs no cash and is left out.
    public let payments: Double
    /// Gigawatt-years of capacity online the delays moved into the year (negative: out of it).
    public let gigawattYears: Double
    /// Revenue the moved capacity earns (negative: loses), never taking the year's revenue below 0.
    public let revenue: Double

    public init(year: Int, payments: Double, gigawattYears: Double, revenue: Double) {
        self.year = year
        self.payments = payments
        self.gigawattYears = gigawattYears
        self.revenue = revenue
    }

    /// What the year burns more (negative: less): payments brought in, less revenue brought in.
    public var burn: Double { payments - revenue }

    /// The costs of going from `planned` to `delayed` (the same scenario with contracts and
    /// sites moved), one per horizon year in which something moved.
    static func costs(from planned: Scenario, to delayed: Scenario) -> [DelayCost] {
        let plannedCapacity = CapacityTimeline(planned)
        let delayedCapacity = CapacityTimeline(delayed)
        let perGW = delayed.financials.revenuePerGW?.value ?? 0
        let plannedContracts = Dictionary(planned.contracts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let moved = delayed.contracts.filter { $0.start != plannedContracts[$0.id]?.start }
        return delayed.horizonYears.compactMap { year in
            let payments = moved.reduce(0.0) { total, contract in
                let before = plannedContracts[contract.id].map { Self.cashDue($0, in: year, scenario: planned) } ?? 0
                return total + Self.cashDue(contract, in: year, scenario: delayed) - before
            }
            let gigawattYears = delayedCapacity.gigawattYears(in: year) - plannedCapacity.gigawattYears(in: year)
            let revenue = delayed.financialYear(standingFor: year)?.revenue.value ?? 0
            let earned = max(-revenue, gigawattYears * perGW)
            guard payments != 0 || gigawattYears != 0 else { return nil }
            return DelayCost(year: year, payments: payments, gigawattYears: gigawattYears, revenue: earned)
        }
    }

    /// The cash part of what a contract has falling due in `year`.
    static func cashDue(_ contract: CapacityContract, in year: Int, scenario: Scenario) -> Double {
        Projection.obligation(of: contract, in: year, scenario: scenario) * max(0, 1 - contract.nonCashShare)
    }
}

/// Capacity online under a scenario's contracts and on its own sites through each year, counted
/// by the part of the year it is online: a site online from 2026-06 gives 7/12 of its gigawatts
/// to 2026. The same capacity as the projection's bars (a contract's sites, else its own
/// capacity from its start; the sites the company owns).
struct CapacityTimeline {
    /// Gigawatts and the fractional year they come online from.
    private let arrivals: [(gigawatts: Double, from: Double)]

    init(_ scenario: Scenario) {
        let sites = ContractReferences(scenario: scenario).sites
        var arrivals: [(gigawatts: Double, from: Double)] = []
        for (index, contract) in scenario.contracts.enumerated() {
            if !sites[index].isEmpty {
                arrivals += sites[index].map { ($0.capacityGW.value, $0.online.value.fractionalYear) }
            } else if let capacity = contract.capacityGW?.value {
                arrivals.append((capacity, (contract.start?.value ?? scenario.asOf).fractionalYear))
            }
        }
        for site in scenario.sites where site.isOwned {
            arrivals.append((site.capacityGW.value, site.online.value.fractionalYear))
        }
        self.arrivals = arrivals
    }

    func gigawattYears(in year: Int) -> Double {
        arrivals.reduce(0) { total, arrival in total + arrival.gigawatts * Self.onlineShare(of: year, from: arrival.from) }
    }

    /// The part of `year` that capacity coming online at `from` (a fractional year) is online.
    static func onlineShare(of year: Int, from: Double) -> Double {
        min(1, max(0, Double(year + 1) - max(from, Double(year))))
    }
}
