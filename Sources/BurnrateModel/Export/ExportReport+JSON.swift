extension ExportReport {
    public func json() -> JSONValue {
        .object([
            ("burnrate_export", .number(Double(Self.layoutVersion))),
            ("scenario", scenarioJSON()),
            ("what_if", whatIfJSON()),
            ("year", .number(year.map(Double.init))),
            ("round", roundJSON()),
            ("contracts", .array(scenario.contracts.map(contractJSON))),
            ("indicators", .array(analysis.indicators.map(indicatorJSON))),
            ("projection", .array(projectionYears.map { yearJSON($0, provenance: ProjectionProvenance(scenario: scenario)) })),
            ("sources", .array(scenario.sources.map(sourceJSON))),
            ("cash_roll_forward", cashRollForwardJSON()),
            ("delay_costs", .array(scenario.financials.delayCosts.map { cost in
                .object([("year", .number(Double(cost.year))), ("payments", .number(cost.payments)),
                         ("gigawatt_years", .number(cost.gigawattYears)), ("revenue", .number(cost.revenue)),
                         ("burn", .number(cost.burn))])
            })),
        ])
    }

    /// Cash on hand at its date, the burn of each part of a year to the as-of date, the cash there.
    private func cashRollForwardJSON() -> JSONValue {
        let roll = analysis.projection.cashRollForward
        return .object([
            ("cash_on_hand", .number(roll.figure.value)),
            ("date", .string(roll.figureDate?.fullDate)),
            ("date_written", .string(roll.figureDate?.description)),
            ("steps", .array(roll.steps.map { step in
                .object([("year", .number(Double(step.year))), ("period", .string(step.period)),
                         ("months", .number(step.months)), ("year_burn", .number(step.yearBurn)),
                         ("burn", .number(step.burn)), ("source", .string(step.burnFigure.source))])
            })),
            ("not_rolled_because", .string(roll.notRolledBecause)),
            ("cash_at_as_of", .number(roll.cash)),
        ])
    }

    private func scenarioJSON() -> JSONValue {
        let horizon: JSONValue = .object([("start", .number(Double(scenario.horizon.start))),
                                          ("end", .number(Double(scenario.horizon.end)))])
        return .object([
            ("id", .string(scenario.id)),
            ("title", .string(scenario.title)),
            ("company", .string(scenario.company)),
            ("as_of", .string(scenario.asOf.fullDate)),
            ("as_of_written", .string(scenario.asOf.description)),
            ("currency", .string(scenario.currency)),
            ("horizon", horizon),
            ("base_case", .object([("conditional", .string(scenario.baseCase.conditional.rawValue)),
                                   ("up_to_share", .number(scenario.baseCase.upToShare)),
                                   ("summary", .string(scenario.baseCase.summary))])),
        ])
    }

    private func whatIfJSON() -> JSONValue {
        let summary: [JSONValue] = whatIf.summary(in: scenario).map { .string($0) }
        return .object([
            ("active", .bool(!whatIf.isEmpty)),
            ("preset", .string(preset)),
            ("settings", .array(settings.map { .string($0) })),
            ("summary", .array(summary)),
        ])
    }

    private func roundJSON() -> JSONValue {
        let round = scenario.round
        let positions = Dictionary(analysis.investors.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return .object([
            ("name", .string(round.name)),
            ("status", .string(round.status.rawValue)),
            ("target", Self.amountJSON(round.target)),
            ("pre_money", round.preMoney.map(Self.amountJSON) ?? .null),
            ("post_money", round.postMoney.map(Self.amountJSON) ?? .null),
            ("investors", .array(round.investors.map { investorJSON($0, position: positions[$0.id]) })),
        ])
    }

    private func investorJSON(_ investor: Investor, position: InvestorPosition?) -> JSONValue {
        let supplier: JSONValue = investor.supplier.map { supplier in
            .object([("supplies", .string(supplier.supplies)),
                     ("contracts", .array(supplier.contracts.map { .string($0) })),
                     ("spend_share", .number(supplier.spendShare?.value))])
        } ?? .null
        return .object([
            ("id", .string(investor.id)),
            ("name", .string(investor.name)),
            ("amount", Self.amountJSON(investor.amount)),
            ("instrument", .string(investor.instrument.rawValue)),
            ("status", .string(investor.status.rawValue)),
            ("share_of_round", .number(position?.shareOfRound)),
            ("share_of_round_bounds", Self.boundsJSON(position?.shareOfRoundBounds)),
            ("implied_ownership", .number(position?.impliedOwnership)),
            ("implied_ownership_bounds", Self.boundsJSON(position?.ownershipBounds)),
            ("supplier", supplier),
        ])
    }

    private func contractJSON(_ contract: CapacityContract) -> JSONValue {
        .object([
            ("id", .string(contract.id)),
            ("provider", .string(contract.provider)),
            ("kind", .string(contract.kind.rawValue)),
            ("value", Self.amountJSON(contract.value)),
            ("term_years", .number(contract.termYears?.value)),
            ("start", .string(contract.start?.value.fullDate)),
            ("start_written", .string(contract.start?.value.description)),
            ("capacity_gw", .number(contract.capacityGW?.value)),
            ("status", .string(contract.status.rawValue)),
            ("payment", .array(contract.payment.map { .object([("form", .string($0.form.rawValue)), ("share", .number($0.share.value))]) })),
        ])
    }

    private func indicatorJSON(_ indicator: Indicator) -> JSONValue {
        let provenance = indicator.provenance
        return .object([
            ("id", .string(indicator.id)),
            ("name", .string(indicator.name)),
            ("value", .number(indicator.value)),
            ("unit", .string(indicator.unit.rawValue)),
            ("bounds", Self.boundsJSON(indicator.bounds)),
            ("display", .string(FigureFormat.format(indicator, currency: scenario.currency))),
            ("level", indicator.level.map { .string($0.rawValue) } ?? .null),
            ("not_applicable", .string(indicator.notApplicable)),
            ("threshold", indicator.threshold.map { .object([("watch", .number($0.watch)), ("alert", .number($0.alert))]) } ?? .null),
            ("formula", .string(indicator.formula)),
            ("inputs", .array(indicator.inputs.map { input in
                .object([("label", .string(input.label)), ("value", .number(input.value)), ("bounds", Self.boundsJSON(input.bounds)),
                         ("unit", .string(input.unit.rawValue)),
                         ("source", .string(input.source)), ("basis", .string(input.basis.rawValue)),
                         ("date", .string(input.date?.fullDate))])
            })),
            ("sources", .array(provenance.sources.map { .string($0) })),
            ("basis", .string(provenance.basis.rawValue)),
        ])
    }

    /// `{"low": 0, "high": 50000000000, "kind": "at_most"}`, with `"high": null` when nothing caps
    /// it (kind `at_least`); null for an exact figure.
    static func boundsJSON(_ bounds: Bounded?) -> JSONValue {
        guard let bounds, !bounds.isExact else { return .null }
        return .object([("low", .number(bounds.low.isFinite ? bounds.low : nil)),
                        ("high", .number(bounds.high.isFinite ? bounds.high : nil)),
                        ("kind", .string(bounds.kind.rawValue))])
    }

    /// `{"sources": ["article"], "basis": "reported"}`.
    private static func provenanceJSON(_ provenance: FigureProvenance) -> JSONValue {
        .object([("sources", .array(provenance.sources.map { .string($0) })), ("basis", .string(provenance.basis.rawValue))])
    }

    private func yearJSON(_ year: ProjectionYear, provenance: ProjectionProvenance) -> JSONValue {
        let cited: [(String, FigureProvenance)] = [
            ("revenue", provenance.revenue(in: year.year)), ("burn", provenance.burn(in: year.year)), ("inflows", provenance.inflows),
            ("cash", provenance.cash(in: year.year)), ("obligations_due", provenance.obligationsDue),
            ("capacity_online_gw", provenance.capacityOnline), ("debt_drawn", provenance.debtService),
            ("interest", provenance.debtService), ("principal", provenance.debtService),
            ("lease_payments", provenance.debtService),
        ]
        return .object([
            ("year", .number(Double(year.year))),
            ("revenue", .number(year.revenue)),
            ("burn", .number(year.burn)),
            ("inflows", .number(year.inflows)),
            ("inflows_bounds", Self.boundsJSON(year.inflowBounds)),
            ("cash", .number(year.cash)),
            ("cash_bounds", Self.boundsJSON(year.cashBounds)),
            ("obligations_due", .number(year.obligationsDue)),
            ("debt_drawn", .number(year.debtDrawn)),
            ("interest", .number(year.interest)),
            ("principal", .number(year.principal)),
            ("lease_payments", .number(year.leasePayments)),
            ("capacity_online_gw", .object([
                ("total", .number(year.totalCapacityOnlineGW)),
                ("by_provider", .array(year.capacityOnlineGW.map {
                    .object([("provider", .string($0.provider)), ("gw", .number($0.gigawatts))])
                })),
            ])),
            ("provenance", .object(cited.map { ($0, Self.provenanceJSON($1)) })),
        ])
    }

    private func sourceJSON(_ source: Source) -> JSONValue {
        .object([("id", .string(source.id)), ("publisher", .string(source.publisher)), ("title", .string(source.title)),
                 ("date", .string(source.date.fullDate)), ("date_written", .string(source.date.description)),
                 ("url", .string(source.url)),
                 ("confidence", .string(source.confidence.rawValue))])
    }

    /// `{"kind": "up_to", "value": 50000000000, ..., "source": "article", "basis": "reported"}`;
    /// an undisclosed amount has `"value": null`, never 0.
    static func amountJSON(_ amount: Sourced<Amount>) -> JSONValue {
        var members: [(String, JSONValue)]
        switch amount.value {
        case .exact(let value): members = [("kind", .string("exact")), ("value", .number(value))]
        case .upTo(let value): members = [("kind", .string("up_to")), ("value", .number(value))]
        case .atLeast(let value): members = [("kind", .string("at_least")), ("value", .number(value))]
        case .range(let low, let high): members = [("kind", .string("range")), ("value", .number(high)),
                                                   ("low", .number(low)), ("high", .number(high))]
        case .undisclosed: members = [("kind", .string("undisclosed")), ("value", .null)]
        }
        return .object(members + [("source", .string(amount.source)), ("basis", .string(amount.basis.rawValue))])
    }
}
