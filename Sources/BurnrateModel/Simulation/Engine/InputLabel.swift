/// How the simulation names its inputs for people: "Amazon's commitment", "Amazon's tranche 2",
/// "Oracle (Stargate) contract delay (months)", "Abilene, TX delay (months)". Ids the scenario
/// does not know are shown as they are.
enum InputLabel {
    static func commitment(_ commitment: CommitmentUncertainty, in scenario: Scenario) -> String {
        let name = scenario.round.investors.first { WhatIf.sameName(commitment.investor, $0.id) }?.name ?? commitment.investor
        return "\(name)'s " + (commitment.tranche.map { "tranche \($0)" } ?? "commitment")
    }

    /// A contract by its provider, and by its id too when the provider has more than one.
    static func delay(_ delay: DelayUncertainty, in scenario: Scenario) -> String {
        switch delay.target {
        case .contract(let id):
            guard let contract = scenario.contracts.first(where: { WhatIf.sameName(id, $0.id) }) else {
                return "Contract \(id) delay (months)"
            }
            let sameProvider = scenario.contracts.filter { $0.provider == contract.provider }.count
            return sameProvider > 1 ? "\(contract.provider) contract \(contract.id) delay (months)"
                : "\(contract.provider) contract delay (months)"
        case .site(let id):
            let name = scenario.sites.first { WhatIf.sameName(id, $0.id) }?.name ?? id
            return "\(name) delay (months)"
        }
    }
}
