import BurnrateModel

/// "Where does this number come from?": the text of the explain view for any figure on the
/// dashboard: its value and level, the formula, every input with its source, the thresholds.
struct Explanation {
    let title: String
    let spans: [Paragraph.Span]

    init(_ target: ExplainTarget, in analysis: Analysis, glyphs: Glyphs) {
        let writer = ExplanationWriter(analysis: analysis, glyphs: glyphs)
        switch target {
        case .indicator(let id):
            (title, spans) = writer.indicator(id)
        case .investor(let id):
            (title, spans) = writer.investor(id)
        case .provider(let name):
            (title, spans) = writer.provider(name)
        }
    }
}

private struct ExplanationWriter {
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
                Paragraph.Span(figures.input(input)),
                Paragraph.Span("  (\(input.basis.rawValue))", style: basisStyle(input.basis)),
                Paragraph.Span(input.source.map { "  [\($0)]" } ?? "", style: Style(.accent)),
                "\n",
            ]
        }
        return spans
    }

    func investor(_ id: String) -> (String, [Paragraph.Span]) {
        guard let investor = scenario.investor(id: id) else { return (id, ["No such investor in this scenario."]) }
        var spans: [Paragraph.Span] = [
            label("Commitment"), Paragraph.Span(figures.amount(investor.amount.value), style: Style(.text, [.bold])),
            Paragraph.Span("  (\(investor.amount.basis.rawValue))", style: basisStyle(investor.amount.basis)),
            Paragraph.Span("  [\(investor.amount.source)]\n", style: Style(.accent)),
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
            spans += [label("Flows back"), Paragraph.Span(
                "\(figures.money(flow.flowsBack)) counting each contract dollar once, \(figures.money(flow.grossFlowsBack)) gross\n")]
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
            spans += sourced("Value", figures.amount(contract.value.value), contract.value.basis, contract.value.source)
            sources.append(contract.value.source)
            if let term = contract.termYears {
                spans += sourced("Term", FigureFormat.years(term.value), term.basis, term.source)
                sources.append(term.source)
            }
            if let start = contract.start {
                spans += sourced("Start", start.value.description, start.basis, start.source)
                sources.append(start.source)
            }
            if let capacity = contract.capacityGW {
                spans += sourced("Capacity", FigureFormat.gigawatts(capacity.value), capacity.basis, capacity.source)
                sources.append(capacity.source)
            }
            for part in contract.payment {
                spans += sourced("Paid as \(part.form.rawValue.replacingUnderscores)", FigureFormat.fraction(part.share.value),
                                 part.share.basis, part.share.source)
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

    private func sourced(_ name: String, _ value: String, _ basis: Basis, _ source: String) -> [Paragraph.Span] {
        [label(name), Paragraph.Span(value), Paragraph.Span("  (\(basis.rawValue))", style: basisStyle(basis)),
         Paragraph.Span("  [\(source)]\n", style: Style(.accent))]
    }

    private func label(_ text: String) -> Paragraph.Span {
        Paragraph.Span(text + ": ", style: Style(.muted))
    }

    /// Assumptions stand out from reported figures.
    private func basisStyle(_ basis: Basis) -> Style {
        basis == .reported ? Style(.muted) : Style(.watch, [.italic])
    }

    /// Each source cited above, once, in order of first mention.
    private func sourceList(_ ids: [String]) -> [Paragraph.Span] {
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
