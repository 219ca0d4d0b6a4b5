import BurnrateYAML

/// The `debt`, `leases` and `customers` sections, each entry naming the source and basis most
/// of its figures share. A bullet repayment, the default, is left out.
extension ScenarioWriter {
    static func debt(_ debt: Debt) -> YAMLBlock {
        let figures = [Origin(debt.amount)] + [debt.drawn.map(Origin.init), debt.rate.map(Origin.init),
                                               debt.start.map(Origin.init), debt.maturity.map(Origin.init)].compactMap { $0 }
        var object = WrittenObject(figures: figures, inherited: .root)
        object.add("id", YAMLScalar.string(debt.id))
        object.add("lender", YAMLScalar.string(debt.lender))
        if let party = debt.party { object.add("party", YAMLScalar.string(party)) }
        object.add("kind", debt.kind.rawValue)
        object.add("amount", object.amount(debt.amount))
        if let drawn = debt.drawn { object.add("drawn", object.figure(drawn, YAMLText.money)) }
        if let rate = debt.rate { object.add("rate", object.figure(rate, YAMLText.fraction)) }
        if let start = debt.start { object.add("start", object.figure(start, \.description)) }
        if let maturity = debt.maturity { object.add("maturity", object.figure(maturity, \.description)) }
        if debt.repayment != .bullet { object.add("repayment", debt.repayment.rawValue) }
        if let secured = debt.secured { object.add("secured", "\(secured)") }
        object.addProvenance()
        if let note = debt.note { object.add("note", YAMLScalar.string(note)) }
        return object.block
    }

    static func lease(_ lease: Lease) -> YAMLBlock {
        let figures = [Origin(lease.paymentPerYear)]
            + [lease.start.map(Origin.init), lease.termYears.map(Origin.init), lease.exitNoticeDays.map(Origin.init)].compactMap { $0 }
        var object = WrittenObject(figures: figures, inherited: .root)
        object.add("id", YAMLScalar.string(lease.id))
        object.add("lessor", YAMLScalar.string(lease.lessor))
        if !lease.parties.isEmpty { object.add("parties", "[" + lease.parties.map(YAMLScalar.string).joined(separator: ", ") + "]") }
        if let owner = lease.owner { object.add("owner", YAMLScalar.string(owner)) }
        object.add("payment_per_year", object.amount(lease.paymentPerYear))
        if let start = lease.start { object.add("start", object.figure(start, \.description)) }
        if let term = lease.termYears { object.add("term_years", object.figure(term, YAMLText.number)) }
        if let notice = lease.exitNoticeDays { object.add("exit_notice_days", object.figure(notice, YAMLText.number)) }
        object.addProvenance()
        if let note = lease.note { object.add("note", YAMLScalar.string(note)) }
        return object.block
    }

    static func customer(_ customer: CustomerContract) -> YAMLBlock {
        let figures = [Origin(customer.backlog)] + [customer.revenueShare.map(Origin.init), customer.start.map(Origin.init),
                                                    customer.termYears.map(Origin.init)].compactMap { $0 }
        var object = WrittenObject(figures: figures, inherited: .root)
        object.add("id", YAMLScalar.string(customer.id))
        object.add("counterparty", YAMLScalar.string(customer.counterparty))
        if let party = customer.party { object.add("party", YAMLScalar.string(party)) }
        object.add("backlog", object.amount(customer.backlog))
        if let share = customer.revenueShare { object.add("revenue_share", object.figure(share, YAMLText.fraction)) }
        if let start = customer.start { object.add("start", object.figure(start, \.description)) }
        if let term = customer.termYears { object.add("term_years", object.figure(term, YAMLText.number)) }
        object.addProvenance()
        if let note = customer.note { object.add("note", YAMLScalar.string(note)) }
        return object.block
    }
}
