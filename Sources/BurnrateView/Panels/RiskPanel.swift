import BurnrateModel

/// At what risk: every indicator with its value and level (symbol and colour), and a small
/// trend over the projection; the projection itself when there is room.
struct RiskPanel: Widget {
    let analysis: Analysis
    let isFocused: Bool
    let selected: Int?
    let glyphs: Glyphs

    private var figures: Figures { Figures(analysis.scenario) }

    func render(in area: Rect, on canvas: inout Canvas) {
        let composite = analysis.indicator(IndicatorCatalogue.composite.id)
        let rightTitle = composite.map { "score \(figures.indicator($0)) \(LevelBadge(level: $0.level, glyphs: glyphs).text)" } ?? ""
        let inner = PanelFrame.draw(.risk, rightTitle: rightTitle, isFocused: isFocused, in: area, glyphs: glyphs, on: &canvas)
        guard !inner.isEmpty else { return }
        let indicators = PanelRows.riskIndicators(analysis)
        let years = analysis.projection.years
        let projectionRows = inner.height >= indicators.count + 1 + years.count + 2 ? years.count + 2 : 0
        let (list, projection) = inner.splitBottom(projectionRows)
        drawList(indicators, in: list, on: &canvas)
        if projectionRows > 0 { drawProjection(in: projection, on: &canvas) }
    }

    private func drawList(_ indicators: [Indicator], in area: Rect, on canvas: inout Canvas) {
        guard area.height > 0 else { return }
        let trendWidth = area.width >= 40 ? analysis.projection.years.count : 0
        let values = indicators.map { figures.indicator($0) }
        let valueWidth = values.map { TextWidth.of($0) }.max() ?? 0
        let nameWidth = max(4, area.width - 2 - valueWidth - 1 - (trendWidth > 0 ? trendWidth + 1 : 0))
        let first = Table.scrollOffset(selected: selected, offset: 0, visibleRows: area.height, rowCount: indicators.count)
        for (line, index) in (first..<min(indicators.count, first + area.height)).enumerated() {
            let indicator = indicators[index]
            let y = area.y + line
            let badge = LevelBadge(level: indicator.level, isCompact: true, glyphs: glyphs)
            canvas.put(String(badge.symbol), x: area.x, y: y, style: badge.style, clip: area)
            canvas.put(Truncation.fit(indicator.name, in: nameWidth, ellipsis: glyphs.ellipsis), x: area.x + 2, y: y, clip: area)
            let valueEnd = area.x + 2 + nameWidth + 1 + valueWidth
            canvas.put(values[index], x: valueEnd - TextWidth.of(values[index]), y: y,
                       style: indicator.level == .ok ? .plain : badge.style, clip: area)
            if trendWidth > 0 {
                let trend = analysis.trend(of: indicator.id)
                if trend.contains(where: { $0 != nil }) {
                    canvas.render(Sparkline(values: trend, style: Style(.accent), glyphs: glyphs),
                                  in: Rect(x: valueEnd + 1, y: y, width: trendWidth, height: 1).intersection(area))
                }
            }
            if index == selected {
                canvas.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.on(.selection) }
            }
        }
    }

    private func drawProjection(in area: Rect, on canvas: inout Canvas) {
        let (heading, body) = area.splitTop(2)
        PanelFrame.heading("Projection", in: heading.splitBottom(1).bottom, on: &canvas)
        let rows = analysis.projection.years.map { year -> [Table.Cell] in
            let cash = year.cash.map { figures.money($0) } ?? "—"
            return [Table.Cell(String(year.year)), Table.Cell(year.revenue.map { figures.money($0) } ?? "—"),
                    Table.Cell(year.burn.map { figures.money($0) } ?? "—"), Table.Cell(figures.money(year.inflows)),
                    Table.Cell(cash, style: (year.cash ?? 0) < 0 ? Style(.alert, [.bold]) : .plain),
                    Table.Cell(figures.money(year.obligationsDue))]
        }
        let columns = [Table.Column("Year"), Table.Column("Revenue", alignment: .decimal), Table.Column("Burn", alignment: .decimal),
                       Table.Column("Inflows", alignment: .decimal), Table.Column("Cash", alignment: .decimal),
                       Table.Column("Due", alignment: .decimal)]
        canvas.render(Table(columns: columns, rows: rows, columnSpacing: 2, glyphs: glyphs), in: body)
    }
}
