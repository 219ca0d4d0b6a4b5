/// How what-if keys reach the parts of a scenario: ids and provider names, ignoring case.
extension WhatIf {
    /// What a `delayMonths` key names in a scenario, most specific first.
    enum DelayTarget: Equatable {
        case site(Site)
        case contract(CapacityContract)
        case provider(String)
        case everything
    }

    static func sameName(_ key: String, _ name: String) -> Bool {
        key.lowercased() == name.lowercased()
    }

    /// The entry for `name`, spelt exactly or else in any case.
    static func entry<Value>(for name: String, in table: [String: Value]) -> Value? {
        table[name] ?? table.first { sameName($0.key, name) }?.value
    }

    func realisation(of investor: Investor) -> Double? {
        Self.entry(for: investor.id, in: realisation)
    }

    func delay(of contract: CapacityContract) -> Int? {
        Self.entry(for: contract.id, in: delayMonths)
            ?? Self.entry(for: contract.provider, in: delayMonths)
            ?? delayMonths[Self.everything]
    }

    func delay(of site: Site, in scenario: Scenario) -> Int? {
        Self.entry(for: site.id, in: delayMonths)
            ?? site.contract.flatMap(scenario.contract(id:)).flatMap(delay(of:))
            ?? delayMonths[Self.everything]
    }

    /// The ids of the contracts a lost provider takes with it, and of the sites serving them.
    func lostIDs(in scenario: Scenario) -> (contracts: [String], sites: [String]) {
        guard let lostProvider else { return ([], []) }
        let contracts = scenario.contracts
            .filter { Self.sameName(lostProvider, $0.id) || Self.sameName(lostProvider, $0.provider) }
            .map(\.id)
        let sites = scenario.sites.filter { $0.contract.map(contracts.contains) ?? false }.map(\.id)
        return (contracts, sites)
    }

    static func delayTarget(_ key: String, in scenario: Scenario) -> DelayTarget? {
        if key == everything { return .everything }
        if let site = scenario.sites.first(where: { sameName(key, $0.id) }) { return .site(site) }
        if let contract = scenario.contracts.first(where: { sameName(key, $0.id) }) { return .contract(contract) }
        return scenario.contracts.first { sameName(key, $0.provider) }.map { .provider($0.provider) }
    }

    static func investor(_ key: String, in scenario: Scenario) -> Investor? {
        scenario.round.investors.first { sameName(key, $0.id) }
    }
}
