/// What refers to each contract by its id: the sites that serve it and the investors paid under
/// it. One look-up per contract answers both, as hashing ten thousand ids is most of the cost.
struct ContractReferences {
    /// By contract index: the sites serving it, in the scenario's order.
    let sites: [[Site]]
    /// By contract index: the place in the round of the first investor paid under it.
    let payee: [Int?]
    /// The index of the first contract with each id an investor is paid under.
    let firstPaidIndex: [String: Int]

    init(scenario: Scenario) {
        var referrers: [String: (sites: [Site], payee: Int?)] = [:]
        referrers.reserveCapacity(scenario.sites.count)
        for site in scenario.sites {
            if let id = site.contract { referrers[id, default: ([], nil)].sites.append(site) }
        }
        let investors = scenario.round.investors
        for place in investors.indices {
            for id in investors[place].supplier?.contracts ?? [] where referrers[id]?.payee == nil {
                referrers[id, default: ([], nil)].payee = place
            }
        }
        let contracts = scenario.contracts
        var sites = [[Site]](repeating: [], count: contracts.count)
        var payee = [Int?](repeating: nil, count: contracts.count)
        var firstPaidIndex: [String: Int] = [:]
        for index in contracts.indices {
            let id = contracts[index].id
            guard let referrer = referrers[id] else { continue }
            sites[index] = referrer.sites
            if let place = referrer.payee {
                payee[index] = place
                if firstPaidIndex[id] == nil { firstPaidIndex[id] = index }
            }
        }
        self.sites = sites
        self.payee = payee
        self.firstPaidIndex = firstPaidIndex
    }
}
