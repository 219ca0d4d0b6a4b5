import BurnrateModel

/// The deck's scenario (A) beside another (B): the round, each investor's commitment and the
/// main indicators, with how far each moved from A to B.
struct CompareSlide: Widget {
    let analysis: Analysis
    /// Nil only when the slide names no loaded scenario, which the loader does not let through.
    let other: Analysis?
    let glyphs: Glyphs

    /// Wider, and the eye loses the row between a label and its figures.
    static let maximumWidth = 110
    /// Narrower, and wide gaps between the figures would leave the labels no room.
    static let spaciousWidth = 80

    static let indicatorIDs = [
        IndicatorCatalogue.roundCoverage.id, IndicatorCatalogue.roundRealisation.id,
        IndicatorCatalogue.commitmentsToRevenue.id, IndicatorCatalogue.fundingGap.id, IndicatorCatalogue.cashRunway.id,
        IndicatorCatalogue.circularShare.id, IndicatorCatalogue.largestSupplierShare.id, IndicatorCatalogue.composite.id,
    ]

    func render(in area: Rect, on canvas: inout Canvas) {
        guard let other, !area.isEmpty else { return }
        let width = min(area.width, Self.maximumWidth)
        let (legend, table) = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height).splitTop(3)
        for (line, (letter, scenario)) in [("A", analysis.scenario), ("B", other.scenario)].enumerated() {
            let y = legend.y + line
            let x = canvas.put(letter + "  ", x: legend.x, y: y, style: Style(.accent, [.bold]), clip: legend)
            canvas.put(Truncation.fit("\(scenario.title), as of \(scenario.asOf)", in: legend.maxX - x, ellipsis: glyphs.ellipsis),
                       x: x, y: y, style: Style(.text), clip: legend)
        }
        // Narrow, decimal points no longer line up: aligning them would widen the figures'
        // columns past the longest figure and leave the labels no room.
        let isSpacious = width >= Self.spaciousWidth
        let figureAlignment: Table.Alignment = isSpacious ? .decimal : .right
        let columns = [Table.Column("", isFlexible: true), Table.Column("A", alignment: figureAlignment),
                       Table.Column("B", alignment: figureAlignment), Table.Column("A → B", alignment: .right)]
        canvas.render(Table(columns: columns, rows: roundRows(other) + investorRows(other) + indicatorRows(other),
                            columnSpacing: isSpacious ? 4 : 1, glyphs: glyphs), in: table)
    }

    private func row(_ label: String, _ a: Double?, _ b: Double?, unit: IndicatorUnit, threshold: Threshold? = nil,
                     texts: (String, String)? = nil) -> [Table.Cell] {
        let figures = Figures(analysis.scenario)
        let delta = Delta(b, from: a, unit: unit, threshold: threshold, figures: figures, glyphs: glyphs)
        let shown = texts ?? (figures.value(a, unit: unit), figures.value(b, unit: unit))
        return [Table.Cell(label), Table.Cell(shown.0), Table.Cell(shown.1), Table.Cell(delta?.text ?? "", style: delta?.style ?? .plain)]
    }

    private func roundRows(_ other: Analysis) -> [[Table.Cell]] {
        let figures = Figures(analysis.scenario)
        let (a, b) = (analysis.scenario.round, other.scenario.round)
        return [
            row("Round target", a.target.value.headline, b.target.value.headline, unit: .money,
                texts: (figures.amount(a.target.value), figures.amount(b.target.value))),
            row("Committed", analysis.committedHeadline, other.committedHeadline, unit: .money,
                texts: (figures.bounded(analysis.committed, unit: .money), figures.bounded(other.committed, unit: .money))),
            row("Post-money valuation", a.postMoney?.value.headline, b.postMoney?.value.headline, unit: .money,
                texts: (a.postMoney.map { figures.amount($0.value) } ?? "—", b.postMoney.map { figures.amount($0.value) } ?? "—")),
        ]
    }

    /// Investors of A in A's order, then those only B has.
    private func investorRows(_ other: Analysis) -> [[Table.Cell]] {
        let figures = Figures(analysis.scenario)
        return Compared.match(analysis.investors, other.investors, id: \.id).map { investor in
            let (a, b) = (investor.a, investor.b)
            var cells = row("  " + (a?.name ?? b?.name ?? investor.id), a?.headline, b?.headline, unit: .money,
                            texts: (a.map { figures.amount($0.amount) } ?? "—", b.map { figures.amount($0.amount) } ?? "—"))
            // An amount that stayed while its firm part moved says so, as compare does.
            if let a, let b, cells[3].text.isEmpty,
               let firm = CommitmentPart.firmChange(a.parts, b.parts, figures: figures, glyphs: glyphs) {
                cells[3] = firm
            }
            return cells
        }
    }

    private func indicatorRows(_ other: Analysis) -> [[Table.Cell]] {
        Self.indicatorIDs.compactMap { id in
            guard let a = analysis.indicator(id), let b = other.indicator(id) else { return nil }
            let figures = Figures(analysis.scenario)
            return row(a.name, a.value, b.value, unit: a.unit, threshold: a.threshold,
                       texts: (figures.indicator(a), figures.indicator(b)))
        }
    }
}
