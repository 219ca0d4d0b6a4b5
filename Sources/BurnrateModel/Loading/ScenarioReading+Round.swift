import BurnrateYAML

extension ScenarioReading {
    private static let roundKeys = ["name", "date", "status", "target", "pre_money", "post_money", "cap_table",
                                   "investors"] + Provenance.keys
    private static let capTableKeys = ["holder", "share"] + Provenance.keys
    private static let investorKeys = ["id", "name", "amount", "instrument", "status", "supplier", "tranches",
                                      "note", "group"] + Provenance.keys
    private static let supplierKeys = ["supplies", "contracts", "spend_share"] + Provenance.keys
    private static let trancheKeys = ["amount", "date", "instrument", "status", "condition"] + Provenance.keys

    func round(_ reader: NodeReader) -> FundingRound? {
        guard let fields = reader.fields(Self.roundKeys) else { return nil }
        let provenance = provenance(fields, inheriting: Provenance())
        let name = fields.required("name") { $0.string() }
        let date = fields.optional("date") { $0.day() }
        let status = fields.required("status") { $0.oneOf(CommitmentStatus.self) }
        let target = amount(fields, "target", provenance)
        let preMoney = optionalAmount(fields, "pre_money", provenance)
        let postMoney = optionalAmount(fields, "post_money", provenance)
        let capTable = fields.optional("cap_table") { $0.list { capTableEntry($0, provenance) } } ?? []
        let investors = fields.required("investors") { $0.list { investor($0, provenance) } }
        investorsListed = fields.optional("investors")?.kind == .list
        positions.capTable = fields.optional("cap_table")?.figurePosition
        positions.postMoney = fields.optional("post_money")?.figurePosition
        guard let name, let status, let target, let investors,
              fields.optional("pre_money") == nil || preMoney != nil,
              fields.optional("post_money") == nil || postMoney != nil else { return nil }
        return FundingRound(name: name, date: date, status: status, target: target, preMoney: preMoney,
                            postMoney: postMoney, investors: investors, capTable: capTable)
    }

    private func capTableEntry(_ reader: NodeReader, _ inherited: Provenance) -> CapTableEntry? {
        guard let fields = reader.fields(Self.capTableKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let holder = fields.required("holder") { $0.string() }
        let share = figure(fields, "share", provenance) { $0.fraction() }
        guard let holder, let share else { return nil }
        return CapTableEntry(holder: holder, share: share)
    }

    private func investor(_ reader: NodeReader, _ inherited: Provenance) -> Investor? {
        guard let fields = reader.fields(Self.investorKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let idReader = fields.required("id")
        let id = idReader?.identifier()
        if let id, let idReader { investorIDs.append((id, idReader)) }
        let name = fields.required("name") { $0.string() }
        let amount = self.amount(fields, "amount", provenance)
        let instrument = fields.required("instrument") { $0.oneOf(Instrument.self) }
        let status = fields.required("status") { $0.oneOf(CommitmentStatus.self) }
        let supplier = fields.optional("supplier") { self.supplier($0, provenance) }
        let tranches = fields.optional("tranches") { $0.list { tranche($0, provenance) } } ?? []
        if !tranches.isEmpty, let amountReader = fields.optional("amount") {
            positions.trancheAmounts[investorsRead] = amountReader.figurePosition
        }
        investorsRead += 1
        let note = fields.optional("note") { $0.string() }
        let isGroup = fields.optional("group") { $0.bool() }
        guard let id, let name, let amount, let instrument, let status,
              fields.optional("supplier") == nil || supplier != nil, fields.isRead("group", isGroup) else { return nil }
        return Investor(id: id, name: name, amount: amount, instrument: instrument, status: status,
                        tranches: tranches, supplier: supplier, note: note, isGroup: isGroup ?? false)
    }

    private func supplier(_ reader: NodeReader, _ inherited: Provenance) -> SupplierLink? {
        guard let fields = reader.fields(Self.supplierKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let supplies = fields.required("supplies") { $0.string() }
        let contracts = fields.optional("contracts") { $0.list { reader -> String? in
            guard let id = reader.identifier() else { return nil }
            contractReferences.append((id, reader))
            return id
        } } ?? []
        let spendShare = optionalFigure(fields, "spend_share", provenance) { $0.fraction() }
        guard let supplies, fields.optional("spend_share") == nil || spendShare != nil else { return nil }
        return SupplierLink(supplies: supplies, contracts: contracts, spendShare: spendShare)
    }

    private func tranche(_ reader: NodeReader, _ inherited: Provenance) -> Tranche? {
        guard let fields = reader.fields(Self.trancheKeys) else { return nil }
        let provenance = provenance(fields, inheriting: inherited)
        let amount = self.amount(fields, "amount", provenance)
        let date = fields.optional("date") { $0.day() }
        let instrument = fields.required("instrument") { $0.oneOf(Instrument.self) }
        let status = fields.required("status") { $0.oneOf(CommitmentStatus.self) }
        let condition = fields.optional("condition") { $0.string() }
        guard let amount, let instrument, let status else { return nil }
        return Tranche(amount: amount, date: date, condition: condition, instrument: instrument, status: status)
    }
}
