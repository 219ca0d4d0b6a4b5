import BurnrateYAML

extension ScenarioReading {
    private static let leaseKeys = ["id", "lessor", "parties", "owner", "payment_per_year", "start", "term_years",
                                    "exit_notice_days", "note"] + Provenance.keys

    func lease(_ reader: NodeReader) -> Lease? {
        guard let fields = reader.fields(Self.leaseKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let id = financingID(fields)
        let lessor = fields.required("lessor") { $0.string() }
        let parties = fields.optional("parties", parties)
        let owner = fields.optional("owner") { $0.string() }
        let payment = amount(fields, "payment_per_year", provenance)
        let start = optionalFigure(fields, "start", provenance) { $0.day() }
        let termYears = termYears(fields, provenance)
        let notice = optionalFigure(fields, "exit_notice_days", provenance, noticeDays)
        let note = fields.optional("note") { $0.string() }
        let optionalsRead = fields.isRead("parties", parties) && fields.isRead("start", start)
            && fields.isRead("term_years", termYears) && fields.isRead("exit_notice_days", notice)
        guard let id, let lessor, let payment, optionalsRead else { return nil }
        return Lease(id: id, lessor: lessor, parties: parties ?? [], owner: owner, paymentPerYear: payment, start: start,
                     termYears: termYears, exitNoticeDays: notice, note: note)
    }

    /// One or more party ids, each once.
    private func parties(_ reader: NodeReader) -> [String]? {
        guard let items = reader.list() else { return nil }
        guard !items.isEmpty else {
            reader.report("expected one or more party ids (or no parties: key), found an empty list")
            return nil
        }
        let before = partyReferences.count
        let parties = items.compactMap(party)
        let repeated = checkUnique(Array(partyReferences[before...]), kind: "party").count < parties.count
        return parties.count == items.count && !repeated ? parties : nil
    }

    private func noticeDays(_ reader: NodeReader) -> Double? {
        guard let days = reader.number() else { return nil }
        let longest = ReadingLimits.noticeDays
        guard days > 0, days <= longest else {
            return reader.expected("a notice of more than 0 and at most \(Int(longest)) days")
        }
        return days
    }
}
