import BurnrateModel

/// Who finances the company besides the round, for the investors panel: each debt's lender
/// with its kind, amount and maturity, each lease's lessor with its payment a year and the
/// month it ends. Empty for a scenario without debt or leases.
struct LenderRows {
    static let columns = [Table.Column("Lenders, lessors", isFlexible: true), Table.Column("kind"),
                          Table.Column("amount", alignment: .decimal), Table.Column("until", alignment: .right)]

    let rows: [[Table.Cell]]

    init(_ scenario: Scenario, figures: Figures) {
        let debts = scenario.debt.map { debt -> [Table.Cell] in
            [Table.Cell(debt.lender), Table.Cell(debt.kind.rawValue.replacingUnderscores, style: Style(.muted)),
             Table.Cell(figures.amount(debt.amount.value)), Table.Cell(debt.maturity?.value.description ?? "—")]
        }
        let leases = scenario.leases.map { lease -> [Table.Cell] in
            [Table.Cell(lease.lessor), Table.Cell("lease", style: Style(.muted)),
             Table.Cell(figures.amount(lease.paymentPerYear.value) + "/yr"), Table.Cell(Self.end(of: lease) ?? "—")]
        }
        rows = debts + leases
    }

    /// The month a lease's term runs out: its start moved by the term, in whole months; nil
    /// without either, or with a term of over a thousand years.
    static func end(of lease: Lease) -> String? {
        guard let start = lease.start?.value, let term = lease.termYears?.value, term >= 0, term <= 1000 else { return nil }
        return start.adding(months: Int((term * 12).rounded())).description
    }
}
