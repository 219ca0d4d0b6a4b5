/// Indicators of how the money is made up: from suppliers, flowing back to them, or not cash.
extension AnalysisContext {
    private var supplierInvestors: [Investor] { scenario.round.investors.filter { $0.supplier != nil } }

    var circularShare: Indicator {
        let supplierInvestors = supplierInvestors
        let fromSuppliers = supplierInvestors.compactMap(\.amount.value.headline).reduce(0, +)
        let value = Self.ratio(fromSuppliers, committed)
        let terms = supplierInvestors.map { "\($0.name) \(money($0.amount.value.headline))" }
        let investors = scenario.round.investors
        let inputs = investors.indices.map { place in
            let name = investors[place].name
            return input(investors[place].supplier == nil ? name : TextBuffer.concatenated(name, " (supplier)"),
                         investors[place].amount)
        }
        return indicator(IndicatorCatalogue.circularShare, value: value,
                         formula: "from suppliers ÷ committed = (\(sum(terms))) ÷ \(money(committed)) = \(figure(value, .fraction))",
                         inputs: inputs)
    }

    /// Each supplier-investor with the contracts it is paid under (in the scenario's order, each
    /// once) and the money that goes round through it: those contracts plus its assumed share of
    /// all the company's other capacity spending.
    func workOutCircularLinks() -> [(link: SupplierLink, contracts: [CapacityContract], flow: CircularFlow)] {
        supplierInvestors.compactMap { investor in
            guard let link = investor.supplier else { return nil }
            let linked = Set(link.contracts).compactMap { references.firstPaidIndex[$0] }.sorted()
                .map { scenario.contracts[$0] }
            let linkedValue = linked.compactMap(\.value.value.headline).reduce(0, +)
            let othersValue = linked.isEmpty ? contractTotal : max(0, contractTotal - linkedValue)
            let flow = CircularFlow(investorID: investor.id, investor: investor.name, supplies: link.supplies,
                                    invested: investor.amount.value.headline,
                                    flowsBack: linkedValue + (link.spendShare?.value ?? 0) * othersValue)
            return (link, linked, flow)
        }
    }

    var circularFlows: [CircularFlow] { circularLinks.map(\.flow) }

    var circularFlowBack: Indicator {
        var inputs: [IndicatorInput] = []
        let links = circularLinks
        for (link, contracts, flow) in links {
            inputs += contracts.map { input("\(flow.investor): paid under \($0.id)", $0.value) }
            if let share = link.spendShare {
                inputs.append(input("\(flow.investor): share of other capacity spending", share, .fraction))
            }
            inputs.append(derivedInput("\(flow.investor): flows back", flow.flowsBack, .money))
        }
        let total = links.map(\.flow.flowsBack).reduce(0, +)
        let terms = links.map { "\($0.flow.investor) \(money($0.flow.flowsBack))" }
        return indicator(IndicatorCatalogue.circularFlowBack, value: total,
                         formula: "Σ contracts paid to investors + their share of other spending = \(sum(terms)) = \(money(total))",
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
