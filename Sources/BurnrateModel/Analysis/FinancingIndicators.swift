/// Indicators of how the money is made up: from suppliers, flowing back to them, or not cash.
extension AnalysisContext {
    private var supplierInvestors: [Investor] { scenario.round.investors.filter { $0.supplier != nil } }

    /// Round money, debt principal and lease payments over the term from financiers (investors,
    /// lenders, lessors' parties) that also supply the company or buy from it, over all of them.
    /// A scenario without debt, leases or customers has only its round: suppliers' money ÷ committed.
    var circularShare: Indicator {
        let roles = PartyRoles(scenario)
        let investors = scenario.round.investors
        let circularInvestors = investors.filter(roles.isCircular)
        let fromSuppliers = circularInvestors.compactMap(\.amount.value.headline).reduce(0, +)
        let currency = scenario.currency
        let terms = circularInvestors.map { "\($0.name) \(FigureFormat.amount($0.amount.value, currency: currency))" }
        var inputs = investors.indices.map { place in
            let name = investors[place].name
            let words = roles.words(for: investors[place].id)
            return input(words.isEmpty ? name : TextBuffer.concatenated(name, " (", words, ")"), investors[place].amount)
        }
        // a share of all the money: the circular financiers' against everyone else's
        var circular = Bounded.zero, others = Bounded.zero
        for investor in investors {
            guard let bounds = Bounded(investor.amount.value) else { continue }
            if roles.isCircular(investor) { circular = circular + bounds } else { others = others + bounds }
        }
        guard !scenario.debt.isEmpty || !scenario.leases.isEmpty || !scenario.customers.isEmpty else {
            let value = Self.ratio(fromSuppliers, committed)
            let bounds = Bounded.share(circular, of: others)
            let result = bounds.map { figure($0, .fraction) } ?? figure(value, .fraction)
            return indicator(IndicatorCatalogue.circularShare, value: value,
                             formula: "from suppliers ÷ committed = (\(sum(terms))) ÷ \(figure(committedBounds, .money)) = \(result)",
                             inputs: inputs, bounds: bounds)
        }
        var circularTerms = terms, allTerms = [figure(committedBounds, .money)]
        var circularTotal = fromSuppliers, total = committed
        for debt in scenario.debt {
            guard let principal = debt.drawn?.value ?? debt.amount.value.headline else { continue }
            let isCircular = debt.party.map(roles.suppliesOrBuys) ?? false
            let label = "Debt \(debt.id) (\(debt.lender)\(isCircular ? ", " + roles.words(for: debt.party ?? "") : ""))"
            inputs.append(debt.drawn.map { input("\(label): drawn", $0, .money) } ?? input(label, debt.amount))
            allTerms.append(money(principal))
            total += principal
            others = others + Bounded(exactly: isCircular ? 0 : principal)
            guard isCircular else { continue }
            circular = circular + Bounded(exactly: principal)
            circularTotal += principal
            circularTerms.append("\(debt.lender) \(money(principal))")
        }
        for lease in scenario.leases {
            let circularParties = lease.parties.filter(roles.suppliesOrBuys)
            let label = "Lease \(lease.id) (\(lease.lessor)"
                + (circularParties.isEmpty ? "" : ", backed by " + circularParties.map { "\($0): \(roles.words(for: $0))" }.joined(separator: "; "))
                + ")"
            inputs.append(input("\(label): payment a year", lease.paymentPerYear))
            guard let payment = lease.paymentPerYear.value.headline, let term = lease.termYears else {
                inputs.append(derivedInput("\(label): no term stated, not counted", nil, .money))
                continue
            }
            inputs.append(input("\(label): term", term, .years))
            let overTerm = payment * term.value
            allTerms.append(money(overTerm))
            total += overTerm
            others = others + Bounded(exactly: circularParties.isEmpty ? overTerm : 0)
            guard !circularParties.isEmpty else { continue }
            circular = circular + Bounded(exactly: overTerm)
            circularTotal += overTerm
            circularTerms.append("\(lease.lessor) \(money(overTerm))")
        }
        for customer in scenario.customers {
            inputs.append(derivedInput("Customer \(customer.id) (\(customer.counterparty))"
                                           + (customer.party.map { ": party \($0)" } ?? ": no party"), nil, .money))
        }
        let value = Self.ratio(circularTotal, total)
        let bounds = Bounded.share(circular, of: others)
        let result = bounds.map { figure($0, .fraction) } ?? figure(value, .fraction)
        return indicator(IndicatorCatalogue.circularShare, value: value,
                         formula: "(round money + debt principal + lease payments over the term) from financiers that are also "
                             + "suppliers or customers ÷ all of it = (\(sum(circularTerms))) ÷ (\(allTerms.joined(separator: " + "))) = \(result)",
                         inputs: inputs, bounds: bounds)
    }

    /// Each supplier-investor with the contracts it is paid under (in the scenario's order, each
    /// once) and the money that goes round through it, each contract dollar counted once (see
    /// `CircularFlow`) and gross.
    func workOutCircularLinks() -> CircularLinks {
        let investors = scenario.round.investors
        let contracts = scenario.contracts
        var circular = CircularLinks()
        var paidDirectly: [Int: Double] = [:]
        for index in contracts.indices {
            guard let value = contracts[index].value.value.headline else { continue }
            if let place = references.payee[index] {
                paidDirectly[place, default: 0] += value
            } else {
                circular.paidToNoInvestor += value
            }
        }
        circular.shareTotal = investors.indices.lazy.compactMap { investors[$0].supplier?.spendShare?.value }.reduce(0, +)
        let scale = 1 / max(1, circular.shareTotal)
        circular.links = investors.indices.compactMap { place in
            guard let link = investors[place].supplier else { return nil }
            let linked = Set(link.contracts).compactMap { references.firstPaidIndex[$0] }.sorted()
                .map { contracts[$0] }
            let linkedValue = linked.compactMap(\.value.value.headline).reduce(0, +)
            let share = link.spendShare?.value ?? 0
            let throughOthers = share * scale * circular.paidToNoInvestor
            let flow = CircularFlow(investorID: investors[place].id, investor: investors[place].name, supplies: link.supplies,
                                    amount: investors[place].amount.value,
                                    paidDirectly: paidDirectly[place] ?? 0,
                                    throughOthers: throughOthers,
                                    paidToNoInvestor: circular.paidToNoInvestor,
                                    grossFlowsBack: linkedValue + share * max(0, contractTotal - linkedValue),
                                    isScaledDown: scale < 1 && throughOthers > 0)
            return (link, linked, flow)
        }
        return circular
    }

    var circularFlows: [CircularFlow] { circularLinks.links.map(\.flow) }

    var circularFlowBack: Indicator {
        let circular = circularLinks
        var inputs: [IndicatorInput] = []
        for (link, contracts, flow) in circular.links {
            inputs += contracts.map { input("\(flow.investor): paid under \($0.id)", $0.value) }
            if let share = link.spendShare {
                inputs.append(input("\(flow.investor): share of other capacity spending", share, .fraction))
            }
            inputs.append(derivedInput("\(flow.investor): flows back, each dollar once", flow.flowsBack, .money))
            inputs.append(derivedInput("\(flow.investor): flows back, gross", flow.grossFlowsBack, .money))
        }
        let net = circular.links.map(\.flow.flowsBack).reduce(0, +)
        let gross = circular.links.map(\.flow.grossFlowsBack).reduce(0, +)
        let netShare = Self.ratio(net, contractTotal)
        let grossShare = Self.ratio(gross, contractTotal)
        inputs.append(derivedInput("Contracts paid to no investor", circular.paidToNoInvestor, .money))
        if circular.shareTotal > 1 {
            inputs.append(derivedInput("Spend shares together, each scaled down to fit in 100 %", circular.shareTotal, .fraction))
        }
        inputs += [
            derivedInput("All contract value, the base", contractTotal, .money),
            derivedInput("Each dollar once ÷ all contract value", netShare, .fraction),
            derivedInput("Gross, shares of contracts paid to investors counted again", gross, .money),
            derivedInput("Gross ÷ all contract value", grossShare, .fraction),
        ]
        let terms = circular.links.map { "\($0.flow.investor) \(money($0.flow.flowsBack))" }
        return indicator(IndicatorCatalogue.circularFlowBack, value: net,
                         formula: "each contract dollar once = \(sum(terms)) = \(money(net)) = \(figure(netShare, .fraction)) "
                             + "of contracts \(money(contractTotal)); gross \(money(gross)) = \(figure(grossShare, .fraction))",
                         inputs: inputs)
    }

    /// Round money in share swaps, prepayments, usage guarantees or credits (tranche by tranche),
    /// and the parts of contracts paid that way, over all round money and contract value.
    var nonCashShare: Indicator {
        let nonCashRound = payments.indices.lazy.filter { payments[$0].instrument.isNonCash }
            .compactMap { payments[$0].amount.value.headline }.reduce(0, +)
        var nonCashContracts = 0.0
        var inputs: [IndicatorInput] = []
        inputs.reserveCapacity(payments.count + contractValueInputs.count)
        for index in payments.indices {
            inputs.append(input(TextBuffer.concatenated("Round: ", payments[index].label, " (",
                                                        Self.words(payments[index].instrument), ")"),
                                payments[index].amount))
        }
        let contracts = scenario.contracts
        for index in contracts.indices {
            inputs.append(contractValueInputs[index])
            for part in contracts[index].payment where part.form.isNonCash {
                inputs.append(input("\(contracts[index].id) paid as \(Self.words(part.form))", part.share, .fraction))
                nonCashContracts += (contracts[index].value.value.headline ?? 0) * part.share.value
            }
        }
        let value = Self.ratio(nonCashRound + nonCashContracts, committed + contractTotal)
        return indicator(IndicatorCatalogue.nonCashShare, value: value,
                         formula: "(non-cash round money + non-cash contract payments) ÷ (committed + contracts) = "
                             + "(\(money(nonCashRound)) + \(money(nonCashContracts))) ÷ "
                             + "(\(money(committed)) + \(money(contractTotal))) = \(figure(value, .fraction))",
                         inputs: inputs)
    }

    /// "share swap" for `share_swap`.
    static func words(_ instrument: Instrument) -> String {
        let name = instrument.rawValue
        guard name.utf8.contains(UInt8(ascii: "_")) else { return name }
        return TextBuffer.make(capacity: name.utf8.count) { text in
            for byte in name.utf8 { text.append(byte == UInt8(ascii: "_") ? UInt8(ascii: " ") : byte) }
        }
    }
}
