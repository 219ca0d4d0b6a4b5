import BurnrateModel

/// Explain on the projection's header row: what its columns hold and, for a scenario with debt
/// or leases, each debt and lease with its figures and sources and what they move in cash year
/// by year: the Drawn, Debt and Lease columns worked out.
extension ExplanationWriter {
    /// What each column of the panel's tables holds; for the risk panel of a scenario with debt
    /// or leases, then each of them.
    func columns(_ panel: PanelID) -> [Paragraph.Span] {
        let spans = ColumnHelp.spans(ColumnHelp.of(panel))
        guard panel == .risk, !scenario.debt.isEmpty || !scenario.leases.isEmpty else { return spans }
        return spans + debtAndLeases()
    }

    /// Each debt and lease, then the years they move cash in (a hidden figure is never 0: NaN).
    func debtAndLeases() -> [Paragraph.Span] {
        var spans: [Paragraph.Span] = []
        var sources: [String] = []
        func add<Value>(_ name: String, _ value: String, _ figure: Sourced<Value>) {
            spans += sourced(name, value, figure)
            sources.append(figure.source)
        }
        if !scenario.debt.isEmpty { spans.append(Paragraph.Span("\nDebt\n", style: Style(.title, [.bold]))) }
        for debt in scenario.debt {
            let secured = debt.secured.map { $0 ? ", secured" : ", unsecured" } ?? ""
            spans.append(Paragraph.Span("\(debt.id)  \(debt.lender): \(debt.kind.rawValue.replacingUnderscores), "
                                        + "\(debt.repayment.rawValue)\(secured)\n", style: Style(.text, [.bold])))
            add(debt.drawn == nil ? "  Amount" : "  Limit", figures.amount(debt.amount.value), debt.amount)
            if let drawn = debt.drawn { add("  Drawn", figures.money(drawn.value), drawn) }
            if let rate = debt.rate {
                add("  Rate", FigureFormat.fraction(rate.value) + " a year", rate)
            } else {
                spans += [label("  Rate"), Paragraph.Span("not stated: no interest counted\n")]
            }
            if let start = debt.start { add("  Received", start.value.description, start) }
            if let maturity = debt.maturity { add("  Matures", maturity.value.description, maturity) }
            if let note = debt.note { spans += [label("  Note"), Paragraph.Span(note + "\n")] }
        }
        if !scenario.leases.isEmpty { spans.append(Paragraph.Span("\nLeases\n", style: Style(.title, [.bold]))) }
        for lease in scenario.leases {
            let owner = lease.owner.map { ", owned by \($0)" } ?? ""
            spans.append(Paragraph.Span("\(lease.id)  \(lease.lessor)\(owner)\n", style: Style(.text, [.bold])))
            add("  Payment a year", figures.amount(lease.paymentPerYear.value), lease.paymentPerYear)
            if let start = lease.start { add("  Start", start.value.description, start) }
            if let term = lease.termYears { add("  Term", FigureFormat.years(term.value), term) }
            if let notice = lease.exitNoticeDays {
                add("  Exit notice", FigureFormat.score(notice.value) + " days", notice)
            }
            if let note = lease.note { spans += [label("  Note"), Paragraph.Span(note + "\n")] }
        }
        // Counted from where cash on hand stands, as burn is: what moved before is in that figure.
        let rollForward = analysis.projection.cashRollForward
        let after = rollForward.steps.isEmpty ? nil : rollForward.figureDate.map { "cash on hand's date, \($0)" }
        spans.append(Paragraph.Span("\nWhat they move in cash, after \(after ?? scenario.asOf.description)\n", style: Style(.title, [.bold])))
        for year in analysis.projection.years where year.debtDrawn != 0 || year.debtService != 0 || year.leasePayments != 0 {
            let moved = year.debtDrawn - year.debtService - year.leasePayments
            spans += [label("  \(year.year)"), Paragraph.Span(
                "drawn \(figures.money(year.debtDrawn)) − interest \(figures.money(year.interest)) − principal "
                + "\(figures.money(year.principal)) − lease \(figures.money(year.leasePayments)) = \(figures.money(moved))\n")]
        }
        return spans + sourceList(sources)
    }
}
