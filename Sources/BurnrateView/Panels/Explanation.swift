import BurnrateModel

/// "Where does this number come from?": the text of the explain view for any figure on the
/// dashboard: its value and level, the formula, every input with its source, the thresholds.
struct Explanation {
    let title: String
    let spans: [Paragraph.Span]

    /// `simulation`: the run a simulated figure comes from.
    init(_ target: ExplainTarget, in analysis: Analysis, simulation: SimulationRun? = nil, glyphs: Glyphs) {
        let writer = ExplanationWriter(analysis: analysis, glyphs: glyphs)
        switch target {
        case .indicator(let id):
            (title, spans) = writer.indicator(id)
        case .investor(let id):
            (title, spans) = writer.investor(id)
        case .provider(let name):
            (title, spans) = writer.provider(name)
        case .columns(let panel):
            (title, spans) = ("Columns of \(panel.title)", writer.columns(panel))
        case .circularFlow(let id):
            (title, spans) = writer.circularFlow(id)
        case .capTableRow(let holder):
            (title, spans) = writer.capTableRow(holder)
        case .simulated(let figure):
            (title, spans) = writer.simulated(figure, run: simulation)
        }
    }
}

struct ExplanationWriter {
    let analysis: Analysis
    let glyphs: Glyphs
    var figures: Figures { Figures(analysis.scenario) }
    var scenario: Scenario { analysis.scenario }

    func indicator(_ id: String) -> (String, [Paragraph.Span]) {
        guard let indicator = analysis.indicator(id) else { return (id, ["No such indicator in this scenario."]) }
        return (indicator.name, describe(indicator) + sourceList(indicator.inputs.compactMap(\.source)))
    }

    func describe(_ indicator: Indicator) -> [Paragraph.Span] {
        let badge = LevelBadge(level: indicator.level, glyphs: glyphs)
        var spans: [Paragraph.Span] = [
            label("Value"), Paragraph.Span(figures.indicator(indicator) + "  ", style: Style(.text, [.bold])),
            Paragraph.Span(badge.text + "\n", style: badge.style),
        ]
        if let reason = indicator.notApplicable {
            spans += [label("Not applicable"), Paragraph.Span("\(reason): no value, not judged, not in the composite score\n")]
        }
        if indicator.bounds != nil {
            spans += [label(indicator.threshold == nil ? "Point figure" : "Judged at"), Paragraph.Span(
                "\(figures.value(indicator.value, unit: indicator.unit)); the value above is worked out from a bound\n")]
        }
        spans += [label("Formula"), Paragraph.Span(indicator.formula + "\n")]
        if let threshold = indicator.threshold {
            let comparison = threshold.higherIsWorse ? "above" : "below"
            spans += [label("Thresholds"), Paragraph.Span(
                "watch \(comparison) \(figures.value(threshold.watch, unit: indicator.unit)), " +
                "alert \(comparison) \(figures.value(threshold.alert, unit: indicator.unit))\n")]
        } else {
            spans += [label("Thresholds"), Paragraph.Span("none (a figure to read: not judged, not in the composite score)\n")]
        }
        spans.append(Paragraph.Span("\nInputs\n", style: Style(.title, [.bold])))
        for input in indicator.inputs {
            spans += [
                Paragraph.Span("  \(input.label): ", style: Style(.muted)),
                Paragraph.Span(figures.input(input) + Self.ownDate(input.date)),
                Paragraph.Span("  (\(input.basis.rawValue))", style: basisStyle(input.basis)),
                Paragraph.Span(sourceTag(input.source, ownDate: input.date), style: Style(.accent)),
                "\n",
            ]
        }
        return spans
    }

    func investor(_ id: String) -> (String, [Paragraph.Span]) {
        guard let investor = scenario.investor(id: id) else { return (id, ["No such investor in this scenario."]) }
        var spans: [Paragraph.Span] = [
            label("Commitment"),
            Paragraph.Span(figures.amount(investor.amount.value) + Self.ownDate(investor.amount.date), style: Style(.text, [.bold])),
            Paragraph.Span("  (\(investor.amount.basis.rawValue))", style: basisStyle(investor.amount.basis)),
            Paragraph.Span(sourceTag(investor.amount.source, ownDate: investor.amount.date) + "\n", style: Style(.accent)),
            label("Instrument"), Paragraph.Span(investor.instrument.rawValue.replacingUnderscores + "\n"),
            label("Status"), Paragraph.Span(investor.status.rawValue + "\n"),
        ]
        for (index, tranche) in investor.tranches.enumerated() {
            let when = tranche.date.map { " on \($0)" } ?? ""
            let condition = tranche.condition.map { ", if \($0)" } ?? ""
            spans += [label("Tranche \(index + 1)"), Paragraph.Span(
                "\(figures.amount(tranche.amount.value)) \(tranche.instrument.rawValue.replacingUnderscores), " +
                "\(tranche.status.rawValue)\(when)\(condition)\n")]
        }
        if let supplier = investor.supplier {
            spans += [label("Also a supplier"), Paragraph.Span(
                supplier.supplies + (supplier.contracts.isEmpty ? "" : " (contracts: \(supplier.contracts.joined(separator: ", ")))") + "\n")]
        }
        if let flow = analysis.circularFlows.first(where: { $0.investorID == id }) {
            spans += [label("Flows back"), Paragraph.Span(flow.isKnown
                ? "\(figures.money(flow.flowsBack)) counting each contract dollar once, \(figures.money(flow.grossFlowsBack)) gross\n"
                : "not known: no contract it is paid under has a disclosed value, and no spend share is stated\n")]
        }
        if let note = investor.note { spans += [label("Note"), Paragraph.Span(note + "\n")] }
        var sources = [investor.amount.source]
        if let ownership = analysis.indicator(IndicatorCatalogue.ownershipPrefix + id) {
            spans.append(Paragraph.Span("\n\(ownership.name)\n", style: Style(.title, [.bold])))
            spans += describe(ownership)
            sources += ownership.inputs.compactMap(\.source)
        }
        return (investor.name, spans + sourceList(sources))
    }

    func provider(_ name: String) -> (String, [Paragraph.Span]) {
        let contracts = scenario.contracts.filter { $0.provider == name }
        var spans: [Paragraph.Span] = []
        var sources: [String] = []
        for contract in contracts {
            spans.append(Paragraph.Span("\(contract.id)  \(contract.kind.rawValue.replacingUnderscores), \(contract.status.rawValue)\n",
                                        style: Style(.title, [.bold])))
            spans += sourced("Value", figures.amount(contract.value.value), contract.value)
            sources.append(contract.value.source)
            if let term = contract.termYears {
                spans += sourced("Term", FigureFormat.years(term.value), term)
                sources.append(term.source)
            }
            if let start = contract.start {
                spans += sourced("Start", start.value.description, start)
                sources.append(start.source)
            }
            if let capacity = contract.capacityGW {
                spans += sourced("Capacity", FigureFormat.gigawatts(capacity.value), capacity)
                sources.append(capacity.source)
            }
            for part in contract.payment {
                spans += sourced("Paid as \(part.form.rawValue.replacingUnderscores)", FigureFormat.fraction(part.share.value),
                                 part.share)
                sources.append(part.share.source)
            }
            if let note = contract.note { spans += [label("Note"), Paragraph.Span(note + "\n")] }
        }
        if let share = analysis.indicator(IndicatorCatalogue.largestSupplierShare.id) {
            spans.append(Paragraph.Span("\n\(share.name)\n", style: Style(.title, [.bold])))
            spans += describe(share)
            sources += share.inputs.compactMap(\.source)
        }
        return (name, spans + sourceList(sources))
    }

    /// What one investor-supplier puts in and what flows back to it, each term with its source,
    /// against the base of all contract value.
    func circularFlow(_ id: String) -> (String, [Paragraph.Span]) {
        guard let flow = analysis.circularFlows.first(where: { $0.investorID == id }), let investor = scenario.investor(id: id),
              let supplier = investor.supplier
        else { return (id, ["No such investor-supplier in this scenario."]) }
        var spans = [label("Supplies"), Paragraph.Span(flow.supplies + "\n")]
        spans += sourced("In", figures.amount(investor.amount.value), investor.amount)
        var sources = [investor.amount.source]
        spans += [label("Back"), Paragraph.Span(
            "\(figures.money(flow.flowsBack)) = paid directly \(figures.money(flow.paidDirectly)) + through other suppliers "
            + "\(figures.money(flow.throughOthers)), each contract dollar once\n", style: Style(.text, [.bold]))]
        for contractID in supplier.contracts {
            guard let contract = scenario.contract(id: contractID) else { continue }
            spans += sourced("  Paid under \(contract.id)", figures.amount(contract.value.value), contract.value)
            sources.append(contract.value.source)
        }
        if let share = supplier.spendShare {
            let base = flow.paidToNoInvestor
            let scaled = flow.isScaledDown ? ", scaled down: the spend shares add up to more than 100 %" : ""
            spans += sourced("  Share of other spending", FigureFormat.fraction(share.value), share)
            spans += [label("  Through others"), Paragraph.Span(
                "\(FigureFormat.fraction(share.value)) × contracts paid to no investor \(figures.money(base)) = "
                + "\(figures.money(flow.throughOthers))\(scaled)\n")]
            sources.append(share.source)
        }
        let total = analysis.contractTotal
        spans += [label("Gross"), Paragraph.Span(
            "\(figures.money(flow.grossFlowsBack)): its contracts plus its share of all other contract value, "
            + "counting again what another investor is paid\n")]
        spans += [label("Base"), Paragraph.Span(
            "all contract value \(figures.money(total)); back ÷ base = \(figures.fraction(total > 0 ? flow.flowsBack / total : nil))\n")]
        return ("Circular financing: \(flow.investor)", spans + sourceList(sources))
    }

    /// A holder's stake before the round and after it: diluted by the round, plus what its new
    /// money buys when it also invests.
    func capTableRow(_ holder: String) -> (String, [Paragraph.Span]) {
        guard let row = analysis.capTable.first(where: { $0.holder == holder }) else { return (holder, ["No such holder in this scenario."]) }
        let entry = scenario.round.capTable.first { $0.holder == holder }
        let dilution = analysis.indicator(IndicatorCatalogue.roundDilution.id)
        let ownership = row.investorID.flatMap { analysis.indicator(IndicatorCatalogue.ownershipPrefix + $0) }
        var spans: [Paragraph.Span] = []
        var sources: [String] = []
        if let entry {
            spans += sourced("Before", FigureFormat.fraction(entry.share.value), entry.share)
            sources.append(entry.share.source)
        } else {
            spans += [label("Before"), Paragraph.Span("— (not a holder before the round)\n")]
        }
        var terms: [String] = []
        // The indicators as they are shown ("≤ 11.8 %"), so the row reads as a range when they are bounds.
        let shown = { (indicator: Indicator?) in indicator.flatMap { $0.value == nil ? nil : figures.indicator($0) } ?? figures.fraction(nil) }
        if let entry { terms.append("\(FigureFormat.fraction(entry.share.value)) × (1 − dilution \(shown(dilution)))") }
        if row.investorID != nil { terms.append("new stake \(shown(ownership))") }
        let why = row.after == nil ? (row.investorID != nil ? ": its new money or the valuation is not disclosed" : ": the valuation is not disclosed") : ""
        spans += [label("After"), Paragraph.Span("\(figures.stakeAfter(row)) = \(terms.joined(separator: " + "))\(why)\n",
                                                style: Style(.text, [.bold]))]
        for indicator in [entry == nil ? nil : dilution, ownership].compactMap({ $0 }) {
            spans.append(Paragraph.Span("\n\(indicator.name)\n", style: Style(.title, [.bold])))
            spans += describe(indicator)
            sources += indicator.inputs.compactMap(\.source)
        }
        return ("Cap table: \(holder)", spans + sourceList(sources))
    }

    func sourced<Value>(_ name: String, _ value: String, _ figure: Sourced<Value>) -> [Paragraph.Span] {
        [label(name), Paragraph.Span(value + Self.ownDate(figure.date)),
         Paragraph.Span("  (\(figure.basis.rawValue))", style: basisStyle(figure.basis)),
         Paragraph.Span(sourceTag(figure.source, ownDate: figure.date) + "\n", style: Style(.accent))]
    }

    /// " at 2025-06-30" for a figure with a date of its own.
    private static func ownDate(_ date: Day?) -> String {
        date.map { " at \($0)" } ?? ""
    }

    /// "  [id, its date]": the source and the date the figure is as of when it has none of its own.
    func sourceTag(_ source: String?, ownDate: Day?) -> String {
        guard let source else { return "" }
        let date = ownDate == nil ? scenario.source(id: source).map { ", \($0.date)" } : nil
        return "  [\(source)\(date ?? "")]"
    }

    func label(_ text: String) -> Paragraph.Span {
        Paragraph.Span(text + ": ", style: Style(.muted))
    }

    /// Assumptions stand out from reported figures.
    func basisStyle(_ basis: Basis) -> Style {
        basis == .reported ? Style(.muted) : Style(.watch, [.italic])
    }

    /// Each source cited above, once, in order of first mention.
    func sourceList(_ ids: [String]) -> [Paragraph.Span] {
        var seen = Set<String>()
        let unique = ids.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return [] }
        var spans: [Paragraph.Span] = [Paragraph.Span("\nSources\n", style: Style(.title, [.bold]))]
        for id in unique {
            guard let source = scenario.source(id: id) else { continue }
            spans += [
                Paragraph.Span("  [\(id)] ", style: Style(.accent)),
                Paragraph.Span("\(source.publisher): \(source.title), \(source.date), confidence \(source.confidence.rawValue)"),
                Paragraph.Span(source.url.map { " \($0)" } ?? "", style: Style(.muted, [.underline])),
                "\n",
            ]
        }
        return spans
    }
}

extension String {
    /// "share_swap" → "share swap", for enum names shown to people.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
