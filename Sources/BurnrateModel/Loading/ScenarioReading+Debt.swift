import BurnrateYAML

extension ScenarioReading {
    private static let debtKeys = ["id", "lender", "party", "kind", "amount", "drawn", "rate", "start", "maturity",
                                   "repayment", "secured", "note"] + Provenance.keys

    func debt(_ reader: NodeReader) -> Debt? {
        guard let fields = reader.fields(Self.debtKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let id = financingID(fields)
        let lender = fields.required("lender") { $0.string() }
        let party = fields.optional("party", party)
        let kind = fields.required("kind") { $0.oneOf(DebtKind.self) }
        let amount = amount(fields, "amount", provenance)
        let drawn = optionalFigure(fields, "drawn", provenance) { $0.amount() }
        let rate = optionalFigure(fields, "rate", provenance) { $0.fraction() }
        let start = optionalFigure(fields, "start", provenance) { $0.day() }
        let maturity = optionalFigure(fields, "maturity", provenance) { $0.day() }
        let repayment = fields.optional("repayment") { $0.oneOf(Repayment.self) }
        let secured = fields.optional("secured") { $0.bool() }
        let note = fields.optional("note") { $0.string() }
        let drawnFits = drawnFits(drawn, amount, fields.optional("drawn"))
        let datesFit = datesFit(start: start, maturity: maturity, fields.optional("maturity"))
        let repaymentFits = repaymentFits(repayment, fields)
        let optionalsRead = fields.isRead("party", party) && fields.isRead("drawn", drawn) && fields.isRead("rate", rate)
            && fields.isRead("start", start) && fields.isRead("maturity", maturity)
            && fields.isRead("repayment", repayment) && fields.isRead("secured", secured)
        guard let id, let lender, let kind, let amount, optionalsRead, drawnFits, datesFit, repaymentFits else { return nil }
        return Debt(id: id, lender: lender, party: party, kind: kind, amount: amount, drawn: drawn, rate: rate,
                    start: start, maturity: maturity, repayment: repayment ?? .bullet, secured: secured, note: note)
    }

    /// False, after reporting it, for a drawn part above the amount's headline.
    private func drawnFits(_ drawn: Sourced<Double>?, _ amount: Sourced<Amount>?, _ reader: NodeReader?) -> Bool {
        guard let drawn, let limit = amount?.value.headline, drawn.value > limit, let reader else { return true }
        reader.figureValue.report("expected a drawn part of at most the amount (\(YAMLText.money(limit))), found \(reader.figureValue.described)")
        return false
    }

    /// False, after reporting it, for a maturity that is not after the start.
    private func datesFit(start: Sourced<Day>?, maturity: Sourced<Day>?, _ reader: NodeReader?) -> Bool {
        // By day alone: 2026-01 is not after 2026, though less vague.
        guard let start = start?.value, let maturity = maturity?.value,
              (maturity.year, maturity.month, maturity.day) <= (start.year, start.month, start.day), let reader else { return true }
        reader.figureValue.report("expected a maturity after the start (\(start)), found \(reader.figureValue.described)")
        return false
    }

    /// A repayment schedule needs the maturity it runs to; amortising, the start it runs from too.
    private func repaymentFits(_ repayment: Repayment?, _ fields: Fields) -> Bool {
        guard let repayment, let reader = fields.optional("repayment") else { return true }
        let needed = (repayment == .amortising && fields.isMissing("start") ? ["start"] : [])
            + (fields.isMissing("maturity") ? ["maturity"] : [])
        guard !needed.isEmpty else { return true }
        let keys = needed.map(YAMLNode.quoted)
        let expected = keys.count == 1 ? "a \(keys[0]) key" : "the keys \(keys.joined(separator: " and "))"
        reader.report("expected \(expected) alongside repayment: \(repayment.rawValue), found none")
        return false
    }
}
