/// How much of the company's compute depends on one provider.
public struct ProviderExposure: Sendable, Equatable {
    public let provider: String
    /// Sum of the provider's disclosed contract values; nil when none is disclosed.
    public let value: Double?
    /// Value ÷ the value of all contracts.
    public let share: Double?
    /// The part of `value` paid in cash, and the part in share swaps, usage guarantees and other
    /// non-cash forms (`CapacityContract.nonCashShare`).
    public let cashValue: Double
    public let nonCashValue: Double
    /// Sum of the capacities the provider's contracts state; nil when none does.
    public let gigawatts: Double?
    public let contractIDs: [String]
    /// The investor that is paid under one of these contracts, if any.
    public let linkedInvestorID: String?

    public init(provider: String, value: Double?, share: Double?, gigawatts: Double?, contractIDs: [String],
                linkedInvestorID: String?, cashValue: Double = 0, nonCashValue: Double = 0) {
        self.provider = provider
        self.value = value
        self.share = share
        self.cashValue = cashValue
        self.nonCashValue = nonCashValue
        self.gigawatts = gigawatts
        self.contractIDs = contractIDs
        self.linkedInvestorID = linkedInvestorID
    }
}

extension AnalysisContext {
    /// One entry per provider, in the order providers first appear among the contracts.
    static func providerExposures(in scenario: Scenario, providers: ContractProviders, references: ContractReferences,
                                  contractTotal: Double) -> [ProviderExposure] {
        let contracts = scenario.contracts
        var values = [Double?](repeating: nil, count: providers.names.count)
        var cash = [Double](repeating: 0, count: providers.names.count)
        var nonCash = [Double](repeating: 0, count: providers.names.count)
        var gigawatts = [Double?](repeating: nil, count: providers.names.count)
        // the first investor in the round paid under any of a provider's contracts
        var payees = [Int?](repeating: nil, count: providers.names.count)
        var ids = [[String]](repeating: [], count: providers.names.count)
        for index in contracts.indices {
            let provider = providers.ofContract[index]
            if let headline = contracts[index].value.value.headline {
                values[provider] = (values[provider] ?? 0) + headline
                let nonCashShare = contracts[index].nonCashShare
                nonCash[provider] += headline * nonCashShare
                cash[provider] += headline * (1 - nonCashShare)
            }
            if let capacity = contracts[index].capacityGW?.value {
                gigawatts[provider] = (gigawatts[provider] ?? 0) + capacity
            }
            if let place = references.payee[index], place < payees[provider] ?? .max { payees[provider] = place }
            ids[provider].append(contracts[index].id)
        }
        return providers.names.indices.map { provider in
            ProviderExposure(provider: providers.names[provider], value: values[provider],
                             share: ratio(values[provider], contractTotal), gigawatts: gigawatts[provider],
                             contractIDs: ids[provider],
                             linkedInvestorID: payees[provider].map { scenario.round.investors[$0].id },
                             cashValue: cash[provider], nonCashValue: nonCash[provider])
        }
    }
}
