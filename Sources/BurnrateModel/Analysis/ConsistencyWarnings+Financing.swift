import BurnrateYAML

/// Warnings about parties and customers: a party id that looks like a misspelt other one, and
/// customers' revenue shares adding up to more than the revenue.
extension Rules {
    /// Every party named, with the path it stands at, in file order.
    var partyMentions: [(id: String, path: String)] {
        var mentions: [(id: String, path: String)] = []
        for (place, contract) in scenario.contracts.enumerated() {
            if let party = contract.party { mentions.append((party, "contracts[\(place)].party")) }
        }
        for (place, debt) in scenario.debt.enumerated() {
            if let party = debt.party { mentions.append((party, "debt[\(place)].party")) }
        }
        for (place, lease) in scenario.leases.enumerated() {
            for (index, party) in lease.parties.enumerated() { mentions.append((party, "leases[\(place)].parties[\(index)]")) }
        }
        for (place, customer) in scenario.customers.enumerated() {
            if let party = customer.party { mentions.append((party, "customers[\(place)].party")) }
        }
        return mentions
    }

    /// A party named once, and by no investor, whose id is close to another party's or an
    /// investor's: a party named once joins nothing, which a misspelling makes likely.
    func lonePartiesLikeOthers() -> [Diagnostic] {
        let mentions = partyMentions
        var counts: [String: Int] = [:]
        for mention in mentions { counts[mention.id, default: 0] += 1 }
        for investor in scenario.round.investors { counts[investor.id, default: 0] += 1 }
        let named = Set(counts.keys)
        return mentions.compactMap { mention -> Diagnostic? in
            guard counts[mention.id] == 1,
                  let other = Suggestion.closest(to: mention.id, among: named.subtracting([mention.id]).sorted()) else { return nil }
            return warning(positions.parties[mention.path], mention.path,
                           "party \(YAMLNode.quoted(mention.id)) is named only here, so it joins no other role "
                           + "(did you mean \(YAMLNode.quoted(other))?)")
        }
    }

    /// Customers' shares of the latest year's revenue adding up to more than all of it.
    func customerShares() -> [Diagnostic] {
        let stating = scenario.customers.indices.filter { scenario.customers[$0].revenueShare != nil }
        let total = stating.reduce(0) { $0 + (scenario.customers[$1].revenueShare?.value ?? 0) }
        guard let first = stating.first, total > 1 + Self.tolerance else { return [] }
        return [warning(Self.entry(positions.customers, first), "customers[\(first)].revenue_share",
                        "customers' shares of revenue add up to \(FigureFormat.percent(total)), more than 100 %")]
    }
}
