/// The scenario private mode analyses: each confidential sum, share, capacity and financial figure
/// replaced by `Masked.value`, so that everything computed from it comes out hidden.
///
/// Not hidden, because no figure's size can be read from them: ids, names, parties, statuses, dates,
/// terms and a lease's notice (they place things in time, and a projection cannot run without
/// them), counts of investors, contracts, debt, leases and customers, and the `uncertainty`
/// section (`Simulation` results are hidden whole instead, `SimulationResult.maskedIfHidden`).
/// Never saved: a save writes the scenario as loaded.
extension Scenario {
    public var masked: Scenario {
        var masked = self
        masked.round.target.mask()
        masked.round.preMoney?.mask()
        masked.round.postMoney?.mask()
        for index in masked.round.capTable.indices { masked.round.capTable[index].share.mask() }
        for index in masked.round.investors.indices {
            masked.round.investors[index].amount.mask()
            masked.round.investors[index].supplier?.spendShare?.mask()
            for tranche in masked.round.investors[index].tranches.indices {
                masked.round.investors[index].tranches[tranche].amount.mask()
            }
        }
        for index in masked.contracts.indices {
            masked.contracts[index].value.mask()
            masked.contracts[index].capacityGW?.mask()
            for payment in masked.contracts[index].payment.indices { masked.contracts[index].payment[payment].share.mask() }
        }
        for index in masked.sites.indices {
            masked.sites[index].capacityGW.mask()
            masked.sites[index].power.mask()
            masked.sites[index].cooling.mask()
            masked.sites[index].network.mask()
        }
        masked.financials.cashOnHand.mask()
        masked.financials.revenuePerGW?.mask()
        for index in masked.financials.years.indices {
            masked.financials.years[index].revenue.mask()
            masked.financials.years[index].burn.mask()
            masked.financials.years[index].operatingIncome?.mask()
        }
        for index in masked.debt.indices {
            masked.debt[index].amount.mask()
            masked.debt[index].drawn?.mask()
            masked.debt[index].rate?.mask()
        }
        for index in masked.leases.indices { masked.leases[index].paymentPerYear.mask() }
        for index in masked.customers.indices {
            masked.customers[index].backlog.mask()
            masked.customers[index].revenueShare?.mask()
        }
        return masked
    }
}

extension Sourced<Double> {
    mutating func mask() {
        if confidential { value = Masked.value }
    }
}

extension Sourced<Amount> {
    mutating func mask() {
        guard confidential else { return }
        value = switch value {
        case .exact: .exact(Masked.value)
        case .upTo: .upTo(Masked.value)
        case .atLeast: .atLeast(Masked.value)
        case .range: .range(low: Masked.value, high: Masked.value)
        case .undisclosed: .undisclosed
        }
    }
}
