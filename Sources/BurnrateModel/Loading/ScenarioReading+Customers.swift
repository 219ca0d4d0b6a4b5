import BurnrateYAML

extension ScenarioReading {
    private static let customerKeys = ["id", "counterparty", "party", "backlog", "revenue_share", "start", "term_years",
                                       "note"] + Provenance.keys

    func customer(_ reader: NodeReader) -> CustomerContract? {
        guard let fields = reader.fields(Self.customerKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let id = financingID(fields)
        let counterparty = fields.required("counterparty") { $0.string() }
        let party = fields.optional("party", party)
        let backlog = amount(fields, "backlog", provenance)
        let share = optionalFigure(fields, "revenue_share", provenance) { $0.fraction() }
        positions.customers.append((fields.optional("revenue_share") ?? reader).figurePosition)
        let start = optionalFigure(fields, "start", provenance) { $0.day() }
        let termYears = termYears(fields, provenance)
        let note = fields.optional("note") { $0.string() }
        let optionalsRead = fields.isRead("party", party) && fields.isRead("revenue_share", share)
            && fields.isRead("start", start) && fields.isRead("term_years", termYears)
        guard let id, let counterparty, let backlog, optionalsRead else { return nil }
        return CustomerContract(id: id, counterparty: counterparty, party: party, backlog: backlog, revenueShare: share,
                                start: start, termYears: termYears, note: note)
    }
}
