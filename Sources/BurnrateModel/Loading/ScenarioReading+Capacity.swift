import BurnrateYAML

extension ScenarioReading {
    private static let contractKeys = ["id", "provider", "party", "kind", "value", "term_years", "start", "capacity_gw", "payment",
                                      "status", "note"] + Provenance.keys
    private static let paymentKeys = ["form", "share"] + Provenance.keys
    private static let siteKeys = ["id", "name", "contract", "owned", "capacity_gw", "power", "cooling", "network",
                                  "online"] + Provenance.keys
    private static let financialsKeys = ["cash_on_hand", "cash_not_rolled_forward", "years", "revenue_per_gw"]
        + Provenance.keys
    private static let yearKeys = ["year", "revenue", "burn", "operating_income"] + Provenance.keys

    func contract(_ reader: NodeReader) -> CapacityContract? {
        guard let fields = reader.fields(Self.contractKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let idReader = fields.required("id")
        let id = idReader?.identifier()
        if let id, let idReader { contractIDs.append((id, idReader)) }
        let provider = fields.required("provider") { $0.string() }
        let party = fields.optional("party", party)
        let kind = fields.required("kind") { $0.oneOf(ContractKind.self) }
        let value = amount(fields, "value", provenance)
        let termYears = termYears(fields, provenance)
        let start = optionalFigure(fields, "start", provenance) { $0.day() }
        let capacity = optionalFigure(fields, "capacity_gw", provenance) { $0.gigawatts() }
        positions.contracts.append((fields.optional("capacity_gw") ?? reader).figurePosition)
        let payment = fields.optional("payment") { self.payment($0, provenance) }
        let status = fields.required("status") { $0.oneOf(CommitmentStatus.self) }
        let note = fields.optional("note") { $0.string() }
        let optionalsRead = fields.isRead("term_years", termYears) && fields.isRead("start", start)
            && fields.isRead("capacity_gw", capacity) && fields.isRead("payment", payment) && fields.isRead("party", party)
        guard let id, let provider, let kind, let value, let status, optionalsRead else { return nil }
        return CapacityContract(id: id, provider: provider, kind: kind, value: value, termYears: termYears,
                                start: start, capacityGW: capacity, payment: payment ?? [], status: status, note: note,
                                party: party)
    }

    private func payment(_ reader: NodeReader, _ inherited: Provenance) -> [PaymentShare]? {
        guard let entries = reader.list() else { return nil }
        let shares = entries.compactMap { entry -> PaymentShare? in
            guard let fields = entry.fields(Self.paymentKeys) else { return nil }
            let provenance = provenance(fields, inheriting: inherited)
            let form = fields.required("form") { $0.oneOf(Instrument.self) }
            let share = figure(fields, "share", provenance) { $0.fraction() }
            return form.flatMap { form in share.map { PaymentShare(form: form, share: $0) } }
        }
        let total = shares.reduce(0) { $0 + $1.share.value }
        // A little room for sums like 0.1 + 0.2 + 0.7 that are not exactly 1 in binary.
        guard total <= 1 + 1e-9 else {
            return reader.expected("shares adding up to at most 100 %", hint: " adding up to \(Self.percent(total))")
        }
        return shares.count == entries.count ? shares : nil
    }

    static func percent(_ fraction: Double) -> String {
        let rounded = (fraction * 100 * 1e6).rounded() / 1e6
        return DecimalText(rounded).text(dividedBy: 0) + " %"
    }

    func site(_ reader: NodeReader) -> Site? {
        guard let fields = reader.fields(Self.siteKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let idReader = fields.required("id")
        let id = idReader?.identifier()
        if let id, let idReader { siteIDs.append((id, idReader)) }
        let name = fields.required("name") { $0.string() }
        let contract = fields.optional("contract") { reader -> String? in
            guard let id = reader.identifier() else { return nil }
            contractReferences.append((id, reader))
            return id
        }
        let isOwned = fields.optional("owned") { $0.bool() }
        if isOwned == true, let contract, let contractReader = fields.optional("contract") {
            contractReader.report("expected no contract on a site marked owned: true (the company's own site serves "
                                  + "no capacity contract), found \(YAMLNode.quoted(contract))")
        }
        let capacity = figure(fields, "capacity_gw", provenance) { $0.gigawatts() }
        let power = figure(fields, "power", provenance) { $0.fraction() }
        let cooling = figure(fields, "cooling", provenance) { $0.fraction() }
        let network = figure(fields, "network", provenance) { $0.fraction() }
        let online = figure(fields, "online", provenance) { $0.day() }
        positions.siteOnlines.append((fields.optional("online") ?? reader).figurePosition)
        guard let id, let name, let capacity, let power, let cooling, let network, let online,
              fields.isRead("owned", isOwned), isOwned != true || contract == nil else { return nil }
        return Site(id: id, name: name, contract: contract, isOwned: isOwned ?? false, capacityGW: capacity, power: power, cooling: cooling,
                    network: network, online: online)
    }

    func financials(_ reader: NodeReader) -> Financials? {
        guard let fields = reader.fields(Self.financialsKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let cash = figure(fields, "cash_on_hand", provenance) { $0.amount() }
        positions.cashOnHand = fields.optional("cash_on_hand")?.figurePosition
        positions.financialYears = fields.optional("years")?.figurePosition
        var previous: (year: Int, line: Int)?
        var firstLines: [Int: Int] = [:]
        let years = fields.required("years") { $0.listOrNothing() }?.compactMap { entry -> FinancialYear? in
            guard let yearFields = entry.fields(Self.yearKeys) else { return nil }
            let yearProvenance = self.provenance(yearFields, inheriting: provenance)
            let yearReader = yearFields.required("year")
            var year = yearReader?.year()
            if let value = year, let yearReader {
                if let line = firstLines[value] {
                    yearReader.report("duplicate year \(value), first given at line \(line)")
                    year = nil
                } else if let previous, value < previous.year {
                    yearReader.report("expected a year after \(previous.year) (years go in ascending order), found \(yearReader.described)")
                    year = nil
                }
                firstLines[value] = firstLines[value] ?? yearReader.line
                previous = (value, yearReader.line)
            }
            let revenue = figure(yearFields, "revenue", yearProvenance) { $0.amount() }
            let burn = figure(yearFields, "burn", yearProvenance) { $0.signedAmount() }
            let operatingIncome = optionalFigure(yearFields, "operating_income", yearProvenance) { $0.signedAmount() }
            guard let year, let revenue, let burn, yearFields.isRead("operating_income", operatingIncome) else { return nil }
            return FinancialYear(year: year, revenue: revenue, burn: burn, operatingIncome: operatingIncome)
        }
        let notRolled = fields.optional("cash_not_rolled_forward") { $0.string() }
        let revenuePerGW = optionalFigure(fields, "revenue_per_gw", provenance) { $0.amount() }
        guard let cash, let years else { return nil }
        return Financials(cashOnHand: cash, cashNotRolledForward: notRolled, years: years, revenuePerGW: revenuePerGW)
    }
}
