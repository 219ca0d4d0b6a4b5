public enum DebtKind: String, Sendable, Hashable, CaseIterable {
    case loan
    case notes
    case convertible
    case creditLine = "credit_line"
    case bridge
}

/// How a debt's principal is paid back.
public enum Repayment: String, Sendable, Hashable, CaseIterable {
    /// All of it at maturity.
    case bullet
    /// In equal parts a year, month by month, from the start to maturity.
    case amortising
}

/// Money the company owes: a loan, notes or a credit line. The projection receives it when it
/// is drawn after the as-of date and pays interest on what is outstanding and the principal as
/// `repayment` says. A scenario that states debt states its burn before interest and principal,
/// so that no dollar is counted twice.
public struct Debt: Sendable, Equatable, Identifiable {
    public var id: String
    /// Who lent it, in the scenario's words.
    public var lender: String
    /// Joins the lender to an investor, a contract's provider or a customer of the same id.
    public var party: String?
    public var kind: DebtKind
    /// The principal (a credit line's limit).
    public var amount: Sourced<Amount>
    /// The part of a credit line drawn; nil: all of `amount`.
    public var drawn: Sourced<Double>?
    /// Interest a year on the principal outstanding (0.12 for 12 %).
    public var rate: Sourced<Double>?
    /// When the money was received.
    public var start: Sourced<Day>?
    public var maturity: Sourced<Day>?
    public var repayment: Repayment
    public var secured: Bool?
    public var note: String?

    public init(id: String, lender: String, party: String? = nil, kind: DebtKind, amount: Sourced<Amount>,
                drawn: Sourced<Double>? = nil, rate: Sourced<Double>? = nil, start: Sourced<Day>? = nil,
                maturity: Sourced<Day>? = nil, repayment: Repayment = .bullet, secured: Bool? = nil,
                note: String? = nil) {
        self.id = id
        self.lender = lender
        self.party = party
        self.kind = kind
        self.amount = amount
        self.drawn = drawn
        self.rate = rate
        self.start = start
        self.maturity = maturity
        self.repayment = repayment
        self.secured = secured
        self.note = note
    }
}
