/// The providers in the order they first appear among the contracts, and which of them each
/// contract is with. Whatever is worked out per provider then walks the contracts once, in the
/// scenario's order: ten thousand contracts cost ten thousand steps, and none is copied.
struct ContractProviders {
    let names: [String]
    /// By contract index: the place of its provider in `names`.
    let ofContract: [Int]

    init(_ contracts: [CapacityContract]) {
        var names: [String] = []
        var placeOfName: [String: Int] = [:]
        var ofContract: [Int] = []
        ofContract.reserveCapacity(contracts.count)
        for index in contracts.indices {
            let name = contracts[index].provider
            if let place = placeOfName[name] {
                ofContract.append(place)
            } else {
                placeOfName[name] = names.count
                ofContract.append(names.count)
                names.append(name)
            }
        }
        self.names = names
        self.ofContract = ofContract
    }
}

extension Scenario {
    /// The providers in the order they first appear among the contracts: the order of
    /// `Analysis.providers`.
    public var providerNames: [String] { ContractProviders(contracts).names }

    /// The name the company's own sites (`Site.isOwned`) count their capacity under, after the
    /// providers: "xAI (own sites)". Not a provider: no supplier indicator counts it.
    public var ownSitesName: String {
        // "xAI (SpaceX's AI segment)" gives "xAI (own sites)", not two asides in a row.
        var name = Substring(company)
        if name.hasSuffix(")"), let aside = name.lastIndex(of: "(") { name = name[..<aside] }
        while name.last == " " { name = name.dropLast() }
        return "\(name.isEmpty ? Substring(company) : name) (own sites)"
    }
}
