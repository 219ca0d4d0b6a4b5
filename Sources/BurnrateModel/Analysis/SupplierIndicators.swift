/// Indicators of how much the company depends on its compute providers, and on how much revenue.
extension AnalysisContext {
    /// Why the indicators of providers and commitments do not apply: a scenario without capacity
    /// contracts (a neocloud's GPU purchases, a company whose compute is leased) has no provider
    /// to weigh and no commitment to count, which is not a commitment of $0.
    var noContractsReason: String? {
        scenario.contracts.isEmpty ? "no capacity contracts stated" : nil
    }

    var supplierConcentration: Indicator {
        if let reason = noContractsReason { return notApplicable(IndicatorCatalogue.supplierConcentration, because: reason) }
        let (value, terms) = Self.herfindahl(providerExposures.compactMap(\.value), total: contractTotal)
        return indicator(IndicatorCatalogue.supplierConcentration, value: value,
                         formula: "Σ (100 × provider value ÷ total)² = \(terms) = \(figure(value, .index))",
                         inputs: contractValueInputs)
    }

    var largestSupplierShare: Indicator {
        if let reason = noContractsReason { return notApplicable(IndicatorCatalogue.largestSupplierShare, because: reason) }
        let largest = providerExposures.filter { $0.value != nil }.max { ($0.value ?? 0) < ($1.value ?? 0) }
        let value = Self.ratio(largest?.value, contractTotal)
        let name = largest.map { "\($0.provider) " } ?? ""
        return indicator(IndicatorCatalogue.largestSupplierShare, value: value,
                         formula: "largest ÷ total = \(name)\(money(largest?.value)) ÷ \(money(contractTotal)) = \(figure(value, .fraction))",
                         inputs: contractValueInputs)
    }

    /// Measured in stated gigawatts, not dollars: what is left to run on if one provider goes.
    var capacityIfLargestFails: Indicator {
        if let reason = noContractsReason { return notApplicable(IndicatorCatalogue.capacityIfLargestFails, because: reason) }
        let providers = providerExposures.filter { $0.gigawatts != nil }
        let total = providers.compactMap(\.gigawatts).reduce(0, +)
        let largest = providers.max { ($0.gigawatts ?? 0) < ($1.gigawatts ?? 0) }
        let value = Self.ratio(largest?.gigawatts, total).map { 1 - $0 }
        let name = largest.map { "\($0.provider) " } ?? ""
        return indicator(IndicatorCatalogue.capacityIfLargestFails, value: value,
                         formula: "1 − largest ÷ total = 1 − \(name)\(figure(largest?.gigawatts, .gigawatts)) ÷ \(figure(total, .gigawatts)) = \(figure(value, .fraction))",
                         inputs: contractCapacityInputs)
    }

    var commitmentsToRevenue: Indicator {
        if let reason = noContractsReason { return notApplicable(IndicatorCatalogue.commitmentsToRevenue, because: reason) }
        let base = scenario.baseRevenueYear
        let value = Self.ratio(contractTotal, base?.revenue.value)
        let year = base.map { " \($0.year)" } ?? ""
        let revenueInput = base.map { input("Revenue\(year)", $0.revenue, .money) } ?? derivedInput("Revenue", nil, .money)
        return indicator(IndicatorCatalogue.commitmentsToRevenue, value: value,
                         formula: "commitments ÷ revenue\(year) = \(money(contractTotal)) ÷ \(base.map { money($0.revenue.value) } ?? FigureFormat.notAvailable) = \(figure(value, .multiple))",
                         inputs: contractValueInputs + [revenueInput])
    }
}
