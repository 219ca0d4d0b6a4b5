/// Indicators of how the money is made up: from suppliers, flowing back to them, or not cash.
extension AnalysisContext {
    /// Round money, debt principal and lease payments over the term from financiers (investors,
    /// lenders, lessors' parties) that also supply the company or buy from it, over all of them.
    /// A scenario without debt, leases or customers has only its round: suppliers' money ÷ committed.
    var circularShare: Indicator {
        let roles = PartyRoles(scenario)
        let investors = scenario.round.investors
        let words = investors.map(roles.words)
        let currency = scenario.currency
        var terms: [String] = []
        var fromSuppliers = 0.0
        // a share of all the money: the circular financiers' against everyone else's
        var circular = Bounded.zero, others = Bounded.zero
        var inputs: [IndicatorInput] = []
        inputs.reserveCapacity(investors.count)
        for place in investors.indices {
            let (name, amount) = (investors[place].name, investors[place].amount)
            let isCircular = !words[place].isEmpty
            inputs.append(input(isCircular ? TextBuffer.concatenated(name, " (", words[place], ")") : name, amount))
            if isCircular {
                terms.append("\(name) \(FigureFormat.amount(amount.value, currency: currency))")
                fromSuppliers += amount.value.headline ?? 0
            }
            guard let bounds = Bounded(amount.value) else { continue }
            if isCircular { circular = circular + bounds } else { others = others + bounds }
        }
        guard !scenario.debt.isEmpty || !scenario.leases.isEmpty || !scenario.customers.isEmpty else {
            let value = Self.ratio(fromSuppliers, committed)
            let bounds = Bounded.share(circular, of: others)
            let result = bounds.map { figure($0, .fraction) } ?? figure(value, .fraction)
            return indicator(IndicatorCatalogue.circularShare, value: value,
                             formula: "from suppliers ÷ committed = (\(sum(terms))) ÷ \(figure(committedBounds, .money)) = \(result)",
                             inputs: inputs, bounds: bounds)
        }
        // Debt and leases: their figures as the debt indicators list them, and one line for each
        // lender or lessor that is also a supplier or a customer.
        var circularTerms = terms
        var circularTotal = fromSuppliers, debtTotal = 0.0, leaseTotal = 0.0
        inputs += debtInputs
        inputs += leaseInputs
        for debt in scenario.debt {
            guard let principal = debt.drawn?.value ?? debt.amount.value.headline else { continue }
            debtTotal += principal
            guard let party = debt.party, roles.suppliesOrBuys(party) else {
                others = others + Bounded(exactly: principal)
                continue
            }
            circular = circular + Bounded(exactly: principal)
            circularTotal += principal
            circularTerms.append(TextBuffer.concatenated(debt.lender, " ", money(principal)))
            inputs.append(derivedInput(TextBuffer.concatenated("Lender ", debt.lender, " is ", party, ": ", roles.words(for: party)),
                                       principal, .money))
        }
        for lease in scenario.leases {
            guard let payment = lease.paymentPerYear.value.headline, let term = lease.termYears?.value else { continue }
            let overTerm = payment * term
            leaseTotal += overTerm
            guard let party = lease.parties.first(where: roles.suppliesOrBuys) else {
                others = others + Bounded(exactly: overTerm)
                continue
            }
            circular = circular + Bounded(exactly: overTerm)
            circularTotal += overTerm
            circularTerms.append(TextBuffer.concatenated(lease.lessor, " ", money(overTerm)))
            inputs.append(derivedInput(TextBuffer.concatenated("Lessor ", lease.lessor, " is backed by ", party, ": ",
                                                               roles.words(for: party), ", payments over the term"),
                                       overTerm, .money))
        }
        let value = Self.ratio(circularTotal, committed + debtTotal + leaseTotal)
        let bounds = Bounded.share(circular, of: others)
        let result = bounds.map { figure($0, .fraction) } ?? figure(value, .fraction)
        return indicator(IndicatorCatalogue.circularShare, value: value,
                         formula: "(round money + debt principal + lease payments over the term) from financiers that are also "
                             + "suppliers or customers ÷ all of it = (\(sum(circularTerms))) ÷ (\(figure(committedBounds, .money)) + "
                             + "\(money(debtTotal)) + \(money(leaseTotal))) = \(result)",
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
                                    isScaledDown: scale < 1 && throughOthers > 0,
                                    isKnown: linked.contains { $0.value.value.headline != nil } || link.spendShare != nil)
            return (link, linked, flow)
        }
        return circular
    }

    var circularFlows: [CircularFlow] { circularLinks.links.map(\.flow) }

    var circularFlowBack: Indicator {
        if let reason = noContractsReason { return notApplicable(IndicatorCatalogue.circularFlowBack, because: reason) }
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
