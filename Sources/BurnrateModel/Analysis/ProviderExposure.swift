/// How much of the company's compute depends on one provider.
public struct ProviderExposure: Sendable, Equatable {
    public let provider: String
    /// Sum of the provider's disclosed contract values; nil when none is disclosed.
    public let value: Double?
    /// Value ÷ the value of all contracts.
    public let share: Double?
    /// Sum of the capacities the provider's contracts state; nil when none does.
    public let gigawatts: Double?
    public let contractIDs: [String]
    /// The investor that is paid under one of these contracts, if any.
    public let linkedInvestorID: String?

    public init(provider: String, value: Double?, share: Double?, gigawatts: Double?, contractIDs: [String],
                linkedInvestorID: String?) {
        self.provider = provider
        self.value = value
        self.share = share
        self.gigawatts = gigawatts
        self.contractIDs = contractIDs
        self.linkedInvestorID = linkedInvestorID
    }
}

extension AnalysisContext {
    /// One entry per provider, in the order providers first appear among the contracts.
    static func providerExposures(in scenario: Scenario, contractTotal: Double) -> [ProviderExposure] {
        var investorByContract: [String: String] = [:]
        for investor in scenario.round.investors {
            for contract in investor.supplier?.contracts ?? [] where investorByContract[contract] == nil {
                investorByContract[contract] = investor.id
            }
        }
        let investorOrder = Dictionary(scenario.round.investors.enumerated().map { ($1.id, $0) },
                                       uniquingKeysWith: { first, _ in first })
        return scenario.contractsByProvider.map { provider, contracts in
            let values = contracts.compactMap(\.value.value.headline)
            let capacities = contracts.compactMap(\.capacityGW?.value)
            let value = values.isEmpty ? nil : values.reduce(0, +)
            // the first investor in the round paid under any of these contracts
            let linked = contracts.compactMap { investorByContract[$0.id] }.min { (investorOrder[$0] ?? 0) < (investorOrder[$1] ?? 0) }
            return ProviderExposure(provider: provider, value: value, share: ratio(value, contractTotal),
                                    gigawatts: capacities.isEmpty ? nil : capacities.reduce(0, +),
                                    contractIDs: contracts.map(\.id), linkedInvestorID: linked)
        }
    }
}
