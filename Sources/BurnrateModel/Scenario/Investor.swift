/// A part of an investor's commitment paid at a date or on a condition.
public struct Tranche: Sendable, Equatable {
    public var amount: Sourced<Amount>
    public var date: Day?
    public var condition: String?
    public var instrument: Instrument
    public var status: CommitmentStatus

    public init(amount: Sourced<Amount>, date: Day? = nil, condition: String? = nil,
                instrument: Instrument, status: CommitmentStatus) {
        self.amount = amount
        self.date = date
        self.condition = condition
        self.instrument = instrument
        self.status = status
    }
}

/// An investor that also sells to the company, so that part of its money flows back to it.
public struct SupplierLink: Sendable, Equatable {
    /// What it supplies, in a few words ("cloud compute (AWS)", "GPUs").
    public var supplies: String
    /// Contracts the investor itself is paid under.
    public var contracts: [String]
    /// Share of all other capacity spending that ends up with this supplier (e.g. GPUs inside
    /// other providers' data centres), when the scenario makes that assumption.
    public var spendShare: Sourced<Double>?

    public init(supplies: String, contracts: [String] = [], spendShare: Sourced<Double>? = nil) {
        self.supplies = supplies
        self.contracts = contracts
        self.spendShare = spendShare
    }
}

public struct Investor: Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var amount: Sourced<Amount>
    public var instrument: Instrument
    public var status: CommitmentStatus
    public var tranches: [Tranche]
    public var supplier: SupplierLink?
    public var note: String?
    /// The entry stands for several investors whose parts are not known ("other investors"):
    /// concentration counts it as anything from spread thin to one holder, never as one alone.
    public var isGroup: Bool

    public init(id: String, name: String, amount: Sourced<Amount>, instrument: Instrument,
                status: CommitmentStatus, tranches: [Tranche] = [], supplier: SupplierLink? = nil,
                note: String? = nil, isGroup: Bool = false) {
        self.id = id
        self.name = name
        self.amount = amount
        self.instrument = instrument
        self.status = status
        self.tranches = tranches
        self.supplier = supplier
        self.note = note
        self.isGroup = isGroup
    }
}
