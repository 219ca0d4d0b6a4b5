/// What each party id is to the company besides a financier: a supplier (an investor with
/// `supplier:`, or a contract's `party`) or a customer (a customer's `party`). A financier
/// (investor, lender, lessor's party) that is also one of them finances the company with money
/// that comes back to it, or that it depends on.
struct PartyRoles {
    let suppliers: Set<String>
    let customers: Set<String>
    /// No contract and no customer names a party: an investor's own `supplier:` says all.
    private let investorsAlone: Bool

    init(_ scenario: Scenario) {
        var suppliers = Set(scenario.contracts.compactMap(\.party))
        investorsAlone = suppliers.isEmpty && !scenario.customers.contains { $0.party != nil }
        for investor in scenario.round.investors where investor.supplier != nil { suppliers.insert(investor.id) }
        self.suppliers = suppliers
        customers = Set(scenario.customers.compactMap(\.party))
    }

    /// An investor's roles besides financier, as `words(for:)` gives a party's.
    func words(for investor: Investor) -> String {
        guard investorsAlone else { return words(for: investor.id) }
        return investor.supplier == nil ? "" : "supplier"
    }

    func suppliesOrBuys(_ party: String) -> Bool {
        // most scenarios name no customers: no hashing for them
        suppliers.contains(party) || (!customers.isEmpty && customers.contains(party))
    }

    /// "supplier", "customer", "supplier, customer", or "" for neither: no text made per party.
    func words(for party: String) -> String {
        switch (suppliers.contains(party), !customers.isEmpty && customers.contains(party)) {
        case (true, true): "supplier, customer"
        case (true, false): "supplier"
        case (false, true): "customer"
        case (false, false): ""
        }
    }
}
