/// Which contracts the supplier-investors are paid under, found in one pass over the contracts.
struct SupplierContracts {
    /// By contract index: the place in the round of the first investor paid under it.
    let payee: [Int?]
    /// The index of the first contract with each id an investor names.
    let firstIndex: [String: Int]

    init(scenario: Scenario) {
        let investors = scenario.round.investors
        var firstPayee: [String: Int] = [:]
        for place in investors.indices {
            for id in investors[place].supplier?.contracts ?? [] where firstPayee[id] == nil {
                firstPayee[id] = place
            }
        }
        var payee = [Int?](repeating: nil, count: scenario.contracts.count)
        var firstIndex: [String: Int] = [:]
        for index in scenario.contracts.indices {
            let id = scenario.contracts[index].id
            guard let place = firstPayee[id] else { continue }
            payee[index] = place
            if firstIndex[id] == nil { firstIndex[id] = index }
        }
        self.payee = payee
        self.firstIndex = firstIndex
    }
}
