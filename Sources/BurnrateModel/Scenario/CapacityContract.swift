public enum ContractKind: String, Sendable, Hashable, CaseIterable {
    case cloud
    case chips
    case dataCentre = "data_centre"
    case colocation
}

/// A part of a contract's value paid in one form (0.5 for half of it).
public struct PaymentShare: Sendable, Equatable {
    public var form: Instrument
    public var share: Sourced<Double>

    public init(form: Instrument, share: Sourced<Double>) {
        self.form = form
        self.share = share
    }
}

/// A commitment to buy compute capacity from a provider.
public struct CapacityContract: Sendable, Equatable, Identifiable {
    public var id: String
    public var provider: String
    /// Joins the provider to an investor, a lender, a lessor or a customer of the same id.
    public var party: String?
    public var kind: ContractKind
    public var value: Sourced<Amount>
    public var termYears: Sourced<Double>?
    public var start: Sourced<Day>?
    public var capacityGW: Sourced<Double>?
    /// How the value is paid; empty means all cash.
    public var payment: [PaymentShare]
    public var status: CommitmentStatus
    public var note: String?

    public init(id: String, provider: String, kind: ContractKind, value: Sourced<Amount>,
                termYears: Sourced<Double>? = nil, start: Sourced<Day>? = nil,
                capacityGW: Sourced<Double>? = nil, payment: [PaymentShare] = [],
                status: CommitmentStatus, note: String? = nil, party: String? = nil) {
        self.id = id
        self.provider = provider
        self.kind = kind
        self.value = value
        self.termYears = termYears
        self.start = start
        self.capacityGW = capacityGW
        self.payment = payment
        self.status = status
        self.note = note
        self.party = party
    }
}
