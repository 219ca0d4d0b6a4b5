import BurnrateYAML

/// Writes a scenario as YAML in the documented form, such that for any scenario `s` a file
/// loaded to, `ScenarioLoader.load(text: ScenarioWriter.yaml(s), file:)` gives `s` back exactly
/// (the round-trip property and corpus tests hold it to that). A scenario changed in memory
/// (a what-if) may hold what no file can: save it through `checkedYAML`.
///
/// Each object names the source and basis most of the figures inside it share, so they are
/// inherited; a figure that differs names its own.
public enum ScenarioWriter {
    public static func yaml(_ scenario: Scenario) -> String {
        var pairs: [(String, YAMLBlock)] = [
            ("id", .inline(YAMLScalar.string(scenario.id))),
            ("title", .inline(YAMLScalar.string(scenario.title))),
            ("company", .inline(YAMLScalar.string(scenario.company))),
            ("as_of", .inline(scenario.asOf.description)),
            ("currency", .inline(YAMLScalar.string(scenario.currency))),
            ("horizon", .inline(YAMLText.flow([("start", "\(scenario.horizon.start)"), ("end", "\(scenario.horizon.end)")]))),
            ("base_case", .inline(YAMLText.flow([("conditional", scenario.baseCase.conditional.rawValue),
                                                 ("up_to_share", YAMLText.fraction(scenario.baseCase.upToShare))]))),
            ("sources", .list(scenario.sources.map(source))),
            ("round", round(scenario.round)),
            ("contracts", .list(scenario.contracts.map(contract))),
        ]
        if !scenario.sites.isEmpty { pairs.append(("sites", .list(scenario.sites.map(site)))) }
        if !scenario.debt.isEmpty { pairs.append(("debt", .list(scenario.debt.map(debt)))) }
        if !scenario.leases.isEmpty { pairs.append(("leases", .list(scenario.leases.map(lease)))) }
        if !scenario.customers.isEmpty { pairs.append(("customers", .list(scenario.customers.map(customer)))) }
        pairs.append(("financials", financials(scenario.financials)))
        if let risk = risk(scenario.risk) { pairs.append(("risk", risk)) }
        if !scenario.uncertainty.isEmpty { pairs.append(("uncertainty", uncertainty(scenario.uncertainty))) }
        let sectionKeys: Set<String> = ["sources", "round", "contracts", "sites", "debt", "leases", "customers", "financials",
                                        "risk", "uncertainty"]
        return pairs.map { key, value in
            (sectionKeys.contains(key) ? "\n" : "") + YAMLBlock.map([(key, value)]).lines().joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }

    private static func source(_ source: Source) -> YAMLBlock {
        var pairs: [(String, YAMLBlock)] = [
            ("id", .inline(YAMLScalar.string(source.id))),
            ("publisher", .inline(YAMLScalar.string(source.publisher))),
            ("title", .inline(YAMLScalar.string(source.title))),
            ("date", .inline(source.date.description)),
        ]
        if let url = source.url { pairs.append(("url", .inline(YAMLScalar.string(url)))) }
        pairs.append(("confidence", .inline(source.confidence.rawValue)))
        return .map(pairs)
    }

    private static func round(_ round: FundingRound) -> YAMLBlock {
        let figures = [round.target, round.preMoney, round.postMoney].compactMap { $0.map(Origin.init) }
            + round.capTable.map { Origin($0.share) } + round.investors.flatMap(origins)
        var object = WrittenObject(figures: figures, inherited: .root)
        object.add("name", YAMLScalar.string(round.name))
        if let date = round.date { object.add("date", date.description) }
        object.add("status", round.status.rawValue)
        object.addProvenance()
        object.add("target", object.amount(round.target))
        if let preMoney = round.preMoney { object.add("pre_money", object.amount(preMoney)) }
        if let postMoney = round.postMoney { object.add("post_money", object.amount(postMoney)) }
        if !round.capTable.isEmpty {
            object.add("cap_table", .list(round.capTable.map { entry in
                var row = WrittenObject(figures: [Origin(entry.share)], inherited: object.origin)
                row.add("holder", YAMLScalar.string(entry.holder))
                row.add("share", row.figure(entry.share, YAMLText.fraction))
                row.addProvenance()
                return row.block
            }))
        }
        object.add("investors", .list(round.investors.map { investor($0, inherited: object.origin) }))
        return object.block
    }

    private static func origins(_ investor: Investor) -> [Origin] {
        [Origin(investor.amount)] + (investor.supplier?.spendShare.map { [Origin($0)] } ?? [])
            + investor.tranches.map { Origin($0.amount) }
    }

    private static func investor(_ investor: Investor, inherited: Origin) -> YAMLBlock {
        var object = WrittenObject(figures: origins(investor), inherited: inherited)
        object.add("id", YAMLScalar.string(investor.id))
        object.add("name", YAMLScalar.string(investor.name))
        object.add("amount", object.amount(investor.amount))
        object.add("instrument", investor.instrument.rawValue)
        object.add("status", investor.status.rawValue)
        if investor.isGroup { object.add("group", "true") }
        object.addProvenance()
        if let supplier = investor.supplier {
            var link = WrittenObject(figures: supplier.spendShare.map { [Origin($0)] } ?? [], inherited: object.origin)
            link.add("supplies", YAMLScalar.string(supplier.supplies))
            if !supplier.contracts.isEmpty {
                link.add("contracts", .list(supplier.contracts.map { .inline(YAMLScalar.string($0)) }))
            }
            if let share = supplier.spendShare { link.add("spend_share", link.figure(share, YAMLText.fraction)) }
            link.addProvenance()
            object.add("supplier", link.block)
        }
        if !investor.tranches.isEmpty {
            object.add("tranches", .list(investor.tranches.map { tranche in
                var row = WrittenObject(figures: [Origin(tranche.amount)], inherited: object.origin)
                row.add("amount", row.amount(tranche.amount))
                if let date = tranche.date { row.add("date", date.description) }
                row.add("instrument", tranche.instrument.rawValue)
                row.add("status", tranche.status.rawValue)
                if let condition = tranche.condition { row.add("condition", YAMLScalar.string(condition)) }
                row.addProvenance()
                return row.block
            }))
        }
        if let note = investor.note { object.add("note", YAMLScalar.string(note)) }
        return object.block
    }

    private static func contract(_ contract: CapacityContract) -> YAMLBlock {
        let figures = [Origin(contract.value)] + [contract.termYears.map(Origin.init), contract.start.map(Origin.init),
                                                  contract.capacityGW.map(Origin.init)].compactMap { $0 }
            + contract.payment.map { Origin($0.share) }
        var object = WrittenObject(figures: figures, inherited: .root)
        object.add("id", YAMLScalar.string(contract.id))
        object.add("provider", YAMLScalar.string(contract.provider))
        if let party = contract.party { object.add("party", YAMLScalar.string(party)) }
        object.add("kind", contract.kind.rawValue)
        object.add("value", object.amount(contract.value))
        if let term = contract.termYears { object.add("term_years", object.figure(term, YAMLText.number)) }
        if let start = contract.start { object.add("start", object.figure(start, \.description)) }
        if let capacity = contract.capacityGW { object.add("capacity_gw", object.figure(capacity, YAMLText.gigawatts)) }
        if !contract.payment.isEmpty {
            object.add("payment", .list(contract.payment.map { share in
                .inline(YAMLText.flow([("form", share.form.rawValue),
                                       ("share", object.figure(share.share, YAMLText.fraction))]))
            }))
        }
        object.add("status", contract.status.rawValue)
        object.addProvenance()
        if let note = contract.note { object.add("note", YAMLScalar.string(note)) }
        return object.block
    }

    private static func site(_ site: Site) -> YAMLBlock {
        let figures = [Origin(site.capacityGW), Origin(site.power), Origin(site.cooling), Origin(site.network),
                       Origin(site.online)]
        var object = WrittenObject(figures: figures, inherited: .root)
        object.add("id", YAMLScalar.string(site.id))
        object.add("name", YAMLScalar.string(site.name))
        if let contract = site.contract { object.add("contract", YAMLScalar.string(contract)) }
        if site.isOwned { object.add("owned", "true") }
        object.add("capacity_gw", object.figure(site.capacityGW, YAMLText.gigawatts))
        object.add("power", object.figure(site.power, YAMLText.fraction))
        object.add("cooling", object.figure(site.cooling, YAMLText.fraction))
        object.add("network", object.figure(site.network, YAMLText.fraction))
        object.add("online", object.figure(site.online, \.description))
        object.addProvenance()
        return object.block
    }

    private static func financials(_ financials: Financials) -> YAMLBlock {
        let figures = [Origin(financials.cashOnHand)] + (financials.revenuePerGW.map { [Origin($0)] } ?? [])
            + financials.years.flatMap(origins)
        var object = WrittenObject(figures: figures, inherited: .root)
        object.addProvenance()
        object.add("cash_on_hand", object.figure(financials.cashOnHand, YAMLText.money))
        if let reason = financials.cashNotRolledForward { object.add("cash_not_rolled_forward", YAMLScalar.string(reason)) }
        if let perGW = financials.revenuePerGW { object.add("revenue_per_gw", object.figure(perGW, YAMLText.money)) }
        object.add("years", .list(financials.years.map { year in
            var row = WrittenObject(figures: origins(year), inherited: object.origin)
            row.add("year", "\(year.year)")
            row.add("revenue", row.figure(year.revenue, YAMLText.money))
            row.add("burn", row.figure(year.burn, YAMLText.money))
            if let income = year.operatingIncome { row.add("operating_income", row.figure(income, YAMLText.money)) }
            row.addProvenance()
            return row.flowBlock
        }))
        return object.block
    }

    private static func origins(_ year: FinancialYear) -> [Origin] {
        [Origin(year.revenue), Origin(year.burn)] + (year.operatingIncome.map { [Origin($0)] } ?? [])
    }

    private static func risk(_ risk: RiskPolicy) -> YAMLBlock? {
        var pairs: [(String, YAMLBlock)] = []
        if !risk.thresholds.isEmpty {
            pairs.append(("thresholds", .map(risk.thresholds.sorted { $0.key < $1.key }.map { id, threshold in
                (YAMLScalar.string(id), .inline(YAMLText.flow([("watch", YAMLText.number(threshold.watch)),
                                                             ("alert", YAMLText.number(threshold.alert))])))
            })))
        }
        if !risk.weights.isEmpty {
            pairs.append(("weights", .map(risk.weights.sorted { $0.key < $1.key }.map { id, weight in
                (YAMLScalar.string(id), .inline(YAMLText.number(weight)))
            })))
        }
        return pairs.isEmpty ? nil : .map(pairs)
    }
}
