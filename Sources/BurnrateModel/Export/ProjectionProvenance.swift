/// Where the projection's figures come from, year by year: the scenario figures each one is
/// worked out from, and the weakest of their bases (see `FigureProvenance`).
struct ProjectionProvenance {
    let scenario: Scenario

    func revenue(in year: Int) -> FigureProvenance { financial(\.revenue, in: year) }

    func burn(in year: Int) -> FigureProvenance { financial(\.burn, in: year) }

    /// Every amount of the round: the year each arrives in depends on its own dates and on the
    /// round's, and a what-if moves them together.
    var inflows: FigureProvenance { FigureProvenance(citing: roundAmounts) }

    /// Cash on hand, moved on by the round and by every year's burn up to `year`.
    func cash(in year: Int) -> FigureProvenance {
        let cash = FigureProvenance(citing: [Self.cited(scenario.financials.cashOnHand)])
        let burns = scenario.horizonYears.filter { $0 <= year }.map { burn(in: $0) }
        let debt = scenario.debt.isEmpty && scenario.leases.isEmpty ? [] : [debtService]
        return FigureProvenance(combining: [cash, inflows] + burns + debt)
    }

    /// Every debt's amount, drawn part, rate and dates, and every lease's payment, start and term:
    /// what debt drawn, interest, principal and lease payments are worked out from.
    var debtService: FigureProvenance {
        let debts = scenario.debt.flatMap { debt in
            [Self.cited(debt.amount)] + [debt.drawn.map(Self.cited), debt.rate.map(Self.cited), debt.start.map(Self.cited),
                                         debt.maturity.map(Self.cited)].compactMap { $0 }
        }
        let leases = scenario.leases.flatMap { lease in
            [Self.cited(lease.paymentPerYear)] + [lease.start.map(Self.cited), lease.termYears.map(Self.cited)].compactMap { $0 }
        }
        return FigureProvenance(citing: debts + leases)
    }

    /// Every contract's value, term and start.
    var obligationsDue: FigureProvenance {
        FigureProvenance(citing: scenario.contracts.flatMap { contract in
            [Self.cited(contract.value)] + [contract.termYears.map(Self.cited), contract.start.map(Self.cited)].compactMap { $0 }
        })
    }

    /// Every site's capacity and date online, and the capacity of contracts without sites.
    var capacityOnline: FigureProvenance {
        let sites = scenario.sites.flatMap { [Self.cited($0.capacityGW), Self.cited($0.online)] }
        let contracts = scenario.contracts.flatMap { contract in
            [contract.capacityGW.map(Self.cited), contract.start.map(Self.cited)].compactMap { $0 }
        }
        return FigureProvenance(citing: sites + contracts)
    }

    private var roundAmounts: [(source: String?, basis: Basis)] {
        scenario.round.investors.flatMap { investor in [Self.cited(investor.amount)] + investor.tranches.map { Self.cited($0.amount) } }
    }

    /// A financial year's figure; one standing in for a later year is assumed to hold on.
    private func financial(_ figure: KeyPath<FinancialYear, Sourced<Double>>, in year: Int) -> FigureProvenance {
        guard let financialYear = scenario.financialYear(standingFor: year) else { return FigureProvenance(sources: [], basis: .derived) }
        let sourced = financialYear[keyPath: figure]
        let basis = financialYear.year == year ? sourced.basis : Basis.weaker(sourced.basis, .assumption)
        return FigureProvenance(sources: [sourced.source], basis: basis)
    }

    private static func cited<Value>(_ figure: Sourced<Value>) -> (source: String?, basis: Basis) {
        (figure.source, figure.basis)
    }
}
