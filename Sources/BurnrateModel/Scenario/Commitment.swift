/// How money or capacity is paid for.
public enum Instrument: String, Sendable, Hashable, CaseIterable {
    case cash
    case shareSwap = "share_swap"
    case prepayment
    case usageGuarantee = "usage_guarantee"
    case computeCredit = "compute_credit"
    case conditional

    /// Financing that is not plain cash up front: what analysts call short-term flexibility
    /// bought with long-term vulnerability.
    public var isNonCash: Bool {
        switch self {
        case .shareSwap, .prepayment, .usageGuarantee, .computeCredit: true
        case .cash, .conditional: false
        }
    }
}

/// How far a commitment has come, from a press report to money in the bank.
public enum CommitmentStatus: String, Sendable, Hashable, CaseIterable {
    case projected
    case reported
    case announced
    case signed
    case funded

    /// Signed or funded: the commitment is realised, no longer a plan.
    public var isRealised: Bool { self == .signed || self == .funded }
}
