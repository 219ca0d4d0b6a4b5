import BurnrateModel

/// Who pays: one bar per investor split by certainty and instrument, its share of the round
/// and the stake it implies; the cap table before and after; who else finances the company
/// (lenders and lessors); how concentrated the money is.
struct InvestorsPanel: PanelWidget {
    let inputs: PanelInputs

    static let headers = ["Investor", "Commitment", "Amount", "Round", "Owns"]
    static let deltaHeader = "Δ amount"
    static let circularColumns = [Table.Column("Circular"), Table.Column("supplies", isFlexible: true),
                                  Table.Column("in", alignment: .decimal), Table.Column("back", alignment: .decimal)]
    static let capTableColumns = [Table.Column("Cap table", isFlexible: true), Table.Column("before", alignment: .decimal),
                                  Table.Column("after", alignment: .decimal)]

    private var headers: [String] {
        Self.headers + (baseAnalysis == nil ? [] : [Self.deltaHeader])
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let target = figures.amount(analysis.scenario.round.target.value)
        let inner = drawFrame(.investors, rightTitle: "\(figures.bounded(analysis.committed, unit: .money)) of \(target)",
                              in: area, on: &canvas)
        guard !inner.isEmpty else { return }
        var sections = PanelSections()
        sections.add(height: 1, name: nil) { area, canvas in self.drawLegend(in: area, on: &canvas) }
        if !analysis.circularFlows.isEmpty {
            sections.add(height: analysis.circularFlows.count + 1, name: "circular", holdsSelection: selectedFlow != nil) { area, canvas in
                self.drawCircular(in: area, on: &canvas)
            }
        }
        if !analysis.capTable.isEmpty {
            sections.add(height: analysis.capTable.count + 1, name: "cap table", holdsSelection: selectedHolder != nil) { area, canvas in
                self.drawCapTable(in: area, on: &canvas)
            }
        }
        let lenders = LenderRows(analysis.scenario, figures: figures)
        if !lenders.rows.isEmpty {
            sections.add(height: lenders.rows.count + 1, name: "lenders") { area, canvas in
                canvas.render(Table(columns: LenderRows.columns, rows: lenders.rows, glyphs: self.glyphs), in: area)
            }
        }
        drawBarList(barRows(), headers: headers, sections: sections,
                    summary: [IndicatorCatalogue.investorConcentration.id, IndicatorCatalogue.roundDilution.id,
                              IndicatorCatalogue.circularShare.id],
                    in: inner, on: &canvas)
    }

    private var selectedFlow: Int? {
        if case .flow(let index) = list.selectedRow { index } else { nil }
    }

    private var selectedHolder: Int? {
        if case .holder(let index) = list.selectedRow { index } else { nil }
    }

    private func barRows() -> [BarRow] {
        let largest = analysis.investors.compactMap(\.headline).max() ?? 0
        // by id once, rather than a search of every base investor per row
        let baseHeadlines = baseAnalysis.map { base in
            Dictionary(base.investors.map { ($0.id, $0.headline) }, uniquingKeysWith: { first, _ in first })
        }
        return analysis.investors.enumerated().map { index, position in
            let style = Style(.series(index))
            let segments = Self.segments(of: position, style: style)
            return BarRow(
                name: position.name, nameStyle: .plain,
                bar: segments.isEmpty ? nil : StackedBar(segments: segments, maximum: largest, glyphs: glyphs),
                barText: "",
                figures: [Table.Cell(figures.amount(position.amount)), Table.Cell(figures.shareOfRound(position)),
                          Table.Cell(figures.ownership(position))] + delta(of: position, baseHeadlines: baseHeadlines))
        }
    }

    /// The change of an investor's commitment against the scenario as loaded, when a what-if
    /// is active.
    private func delta(of position: InvestorPosition, baseHeadlines: [String: Double?]?) -> [Table.Cell] {
        guard let baseHeadlines else { return [] }
        let base = baseHeadlines[position.id] ?? nil
        let delta = Delta(position.headline, from: base, unit: .money, threshold: nil, figures: figures, glyphs: glyphs)
        return [Table.Cell(delta?.text ?? "", style: delta?.style ?? .plain)]
    }

    /// Solid for money that is certain, a medium shade for share swaps, prepayments and other
    /// non-cash forms, a light shade for what is only "up to" or conditional.
    static func segments(of position: InvestorPosition, style: Style) -> [StackedBar.Segment] {
        position.parts.map { part in
            let fill: BarFill = switch part.kind {
            case .firm: .solid
            case .nonCash: .medium
            case .upTo, .conditional: .light
            }
            return StackedBar.Segment(value: part.value, style: style, fill: fill)
        }
    }

    private func drawLegend(in area: Rect, on canvas: inout Canvas) {
        var x = area.x
        for (fill, label) in [(BarFill.solid, "firm"), (.medium, "non-cash"), (.light, "up to / conditional")] {
            x = canvas.put(String(fill.character(glyphs)) + " " + label + "  ", x: x, y: area.y, style: Style(.muted), clip: area)
        }
    }

    /// Investors that also sell to the company: what they put in, what comes back to them.
    private func drawCircular(in area: Rect, on canvas: inout Canvas) {
        let rows = analysis.circularFlows.map { flow -> [Table.Cell] in
            // what it puts in as the scenario states it: "up to $50B", not its ceiling
            [Table.Cell(flow.investor), Table.Cell(flow.supplies, style: Style(.muted)),
             Table.Cell(figures.amount(flow.amount)), Table.Cell(flow.isKnown ? figures.money(flow.flowsBack) : "—", style: Style(.watch))]
        }
        let table = Table(columns: Self.circularColumns, rows: rows, selected: selectedFlow, glyphs: glyphs)
        canvas.render(table, in: area)
    }

    private func drawCapTable(in area: Rect, on canvas: inout Canvas) {
        let rows = analysis.capTable.map { row -> [Table.Cell] in
            [Table.Cell(row.holder), Table.Cell(figures.fraction(row.before)), Table.Cell(figures.stakeAfter(row))]
        }
        let table = Table(columns: Self.capTableColumns, rows: rows, selected: selectedHolder, glyphs: glyphs)
        canvas.render(table, in: area)
    }
}
