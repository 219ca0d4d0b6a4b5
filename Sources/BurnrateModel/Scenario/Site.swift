/// A data-centre site and how ready its foundations are. Readiness figures are fractions
/// from 0 (nothing in place) to 1 (ready).
public struct Site: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// The capacity contract this site serves, if any.
    public var contract: String?
    /// The company's own site (it serves no contract): its capacity counts under the company's
    /// own name (`Scenario.ownSitesName`). A site with neither is the company's capacity nowhere.
    public var isOwned: Bool
    public var capacityGW: Sourced<Double>
    public var power: Sourced<Double>
    public var cooling: Sourced<Double>
    public var network: Sourced<Double>
    public var online: Sourced<Day>

    public init(id: String, name: String, contract: String? = nil, isOwned: Bool = false, capacityGW: Sourced<Double>,
                power: Sourced<Double>, cooling: Sourced<Double>, network: Sourced<Double>,
                online: Sourced<Day>) {
        self.id = id
        self.name = name
        self.contract = contract
        self.isOwned = isOwned
        self.capacityGW = capacityGW
        self.power = power
        self.cooling = cooling
        self.network = network
        self.online = online
    }
}
