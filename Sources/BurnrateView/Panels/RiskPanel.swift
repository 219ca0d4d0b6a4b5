import BurnrateModel

/// At what risk: every indicator with its value and level (symbol and colour), and a small
/// trend over the projection; the projection itself when there is room.
struct RiskPanel: PanelWidget {
    let inputs: PanelInputs
    /// The rows: the year's judged indicators, the most severe first, the composite among them
    /// (`PanelRows.riskIndicators` of the inputs' analysis and year).
    let indicators: [Indicator]

    /// Equal inputs make equal rows, so the inputs alone tell two panels apart.
    static func == (lhs: RiskPanel, rhs: RiskPanel) -> Bool { lhs.inputs == rhs.inputs }

    func render(in area: Rect, on canvas: inout Canvas) {
        let composite = indicators.first { $0.id == IndicatorCatalogue.composite.id }
        let rightTitle = composite.map { "score \(figures.indicator($0)) \(LevelBadge(level: $0.level, glyphs: glyphs).text)" } ?? ""
        let inner = drawFrame(.risk, rightTitle: rightTitle, in: area, on: &canvas)
        guard !inner.isEmpty else { return }
        let years = analysis.projection.years
        let projection = ProjectionTable(analysis)
        let projectionHeight = years.isEmpty ? 0 : years.count + 3
        let besideWidth = Self.projectionWidth(projection, room: inner.width - 1 - Self.narrowestList)
        // Where the projection does not fit under the indicators, it goes beside them when both fit.
        let isBeside = projectionHeight > 0 && inner.height < list.height + projectionHeight && inner.height >= projectionHeight
            && inner.width >= besideWidth + 1 + Self.narrowestList
        let (listColumn, side) = inner.splitLeft(isBeside ? inner.width - besideWidth - 1 : inner.width)
        let projectionSelected = list.selectedRow == .header
        let pinned = projectionSelected && !isBeside ? projectionHeight : 0
        let (listArea, below) = listColumn.splitTop(max(0, min(listColumn.height - pinned, list.height)))
        let marks = drawList(in: listArea, on: &canvas)
        marks.draw(below: listColumn, glyphs: glyphs, on: &canvas)
        let room = isBeside ? side.splitLeft(1).rest : below
        var sections = PanelSections()
        if !years.isEmpty {
            sections.add(height: years.count + 2, name: "projection", holdsSelection: projectionSelected) { area, canvas in
                self.drawProjection(projection, in: area, on: &canvas)
            }
            let chartRows = room.height - projectionHeight - 2
            if chartRows >= 5 {
                sections.add(height: min(chartRows, 16), name: "chart") { area, canvas in
                    self.drawCashChart(projection, in: area, on: &canvas)
                }
            } else {
                sections.omitted = ["chart"]
            }
        }
        let hidden = sections.draw(in: room, on: &canvas)
        PanelSections.drawHidden(hidden, below: listColumn, marks: marks, glyphs: glyphs, on: &canvas)
    }

    /// Columns the projection takes beside the indicators (its table and a blank column), given
    /// the `room` the indicators leave; and the fewest the indicators then keep (symbol, short
    /// name, figure and trend). Without debt or leases, always 49.
    static func projectionWidth(_ projection: ProjectionTable, room: Int) -> Int {
        guard projection.hasDebtColumns else { return 49 }
        return projection.width(of: projection.layout(fitting: room - 1)) + 1
    }

    static let narrowestList = 46

    private func drawList(in area: Rect, on canvas: inout Canvas) -> ScrollMarks {
        let trendWidth = area.width >= 40 ? analysis.projection.years.count : 0
        // A what-if's change is against the scenario in the same year.
        let baseAtYear = baseAnalysis?.judgedIndicators(inYear: year) ?? []
        return list.draw(in: area, on: &canvas) { index, row, canvas in
            let indicator = indicators[index]
            let base = baseAtYear.first { $0.id == indicator.id } ?? baseAnalysis?.indicator(indicator.id)
            let (text, trendArea) = row.splitLeft(row.width - (trendWidth > 0 ? trendWidth + 1 : 0))
            let showsFormula = text.width >= 100
            let (figure, formula) = text.splitLeft(showsFormula ? 52 : text.width)
            canvas.render(IndicatorLine(indicator: indicator, figures: figures, glyphs: glyphs, usesFullName: showsFormula, base: base), in: figure)
            if showsFormula {
                // Spelt in ASCII before it is cut, so that the cut still shows its ellipsis.
                let shown = canvas.isASCIIOnly ? ASCIIText.fold(indicator.formula) : indicator.formula
                canvas.put(Truncation.fit(shown, in: formula.width - 2, ellipsis: glyphs.ellipsis),
                           x: formula.x + 2, y: formula.y, style: Style(.muted), clip: formula)
            }
            let trend = trendWidth > 0 ? analysis.trend(of: indicator.id) : []
            if trend.contains(where: { $0 != nil }) {
                canvas.render(Sparkline(values: trend, style: Style(.accent), glyphs: glyphs),
                              in: trendArea.inset(horizontal: 0, vertical: 0).splitLeft(1).rest)
            }
        }
    }

    /// Revenue, burn and cash over the horizon as braille lines, each with its own marker at
    /// every year, and a legend naming the markers; for a scenario with debt or leases, what
    /// they cost a year (interest, principal and lease payments) too.
    private func drawCashChart(_ projection: ProjectionTable, in area: Rect, on canvas: inout Canvas) {
        let years = analysis.projection.years
        var series = [
            LineChart.Series(values: years.map(\.cash), style: Style(.accent), marker: "o"),
            LineChart.Series(values: years.map(\.revenue), style: Style(.ok), marker: "+"),
            LineChart.Series(values: years.map(\.burn), style: Style(.alert), marker: "x"),
        ]
        var names = ["cash", "revenue", "burn"]
        if projection.hasDebtColumns {
            series.append(LineChart.Series(values: years.map { $0.debtService + $0.leasePayments }, style: Style(.watch), marker: "*"))
            names.append("debt+lease")
        }
        let values = series.flatMap(\.values).compactMap { $0 } + [0]
        guard let low = values.min(), let high = values.max(), high > low else { return }
        let title = projection.hasDebtColumns ? "Cash, revenue, burn, debt" : "Cash, revenue and burn"
        Self.drawLegend(title: title, items: zip(series, names).map {
            StyledText(String($0.marker ?? " ") + " " + $1, style: $0.style)
        }, in: area, on: &canvas)
        let labels = [figures.money(high), figures.money(low)]
        let labelWidth = labels.map { TextWidth.of($0) }.max() ?? 0
        let plot = Rect(x: area.x + labelWidth + 1, y: area.y + 1, width: area.width - labelWidth - 1, height: area.height - 2)
        canvas.put(labels[0], x: area.x + labelWidth - TextWidth.of(labels[0]), y: plot.y, style: Style(.muted), clip: area)
        canvas.put(labels[1], x: area.x + labelWidth - TextWidth.of(labels[1]), y: plot.maxY - 1, style: Style(.muted), clip: area)
        let chart = LineChart(series: series, range: low...high, glyphs: glyphs)
        canvas.render(chart, in: plot)
        for (index, year) in years.enumerated() where years.count > 1 {
            let column = plot.x + (plot.width - 4) * index / (years.count - 1)
            canvas.put(String(year.year), x: column, y: plot.maxY, style: Style(.muted), clip: area)
        }
    }

    /// The title and the legend on one line: the title goes first when they do not all fit,
    /// then the items that do not fit.
    static func drawLegend(title: String, items: [StyledText], in area: Rect, on canvas: inout Canvas) {
        let legend = Legend(items: items)
        var rest = area.splitTop(1).top
        if TextWidth.of(title) + Legend.gap + legend.width <= rest.width {
            canvas.put(title, x: rest.x, y: rest.y, style: Style(.title, [.bold]), clip: rest)
            rest = rest.splitLeft(TextWidth.of(title) + Legend.gap).rest
        }
        canvas.render(legend, in: rest)
    }

    /// The projection's table, with as many of its columns as fit; the heading names those left out.
    private func drawProjection(_ projection: ProjectionTable, in area: Rect, on canvas: inout Canvas) {
        let (heading, body) = area.splitTop(1)
        let layout = projection.layout(fitting: body.width)
        let leftOut = projection.leftOut(by: layout)
        PanelFrame.heading("Projection", in: heading, on: &canvas)
        if !leftOut.isEmpty {
            canvas.put(leftOut, x: heading.x + 12, y: heading.y, style: Style(.muted), clip: heading)
        }
        let cursorRow = analysis.projection.years.firstIndex { $0.year == year }
        canvas.render(projection.table(layout, selected: cursorRow, glyphs: glyphs), in: body)
        if list.selectedRow == .header {
            canvas.restyle(body.splitTop(1).top) { $0.on(.selection) }
        }
    }
}
