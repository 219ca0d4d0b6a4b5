import BurnrateModel

/// The projection year by year, large: capacity online as bars in the providers' colours, then
/// revenue, burn, cash at the year's end (red below zero) and contract payments due; the
/// slide's year picked out. A legend of providers underneath.
struct TimelineSlide: Widget {
    let analysis: Analysis
    let year: Int?
    let glyphs: Glyphs

    private static let headers = ["Revenue", "Burn", "Cash", "Due"]

    func render(in area: Rect, on canvas: inout Canvas) {
        let years = analysis.projection.years
        guard !area.isEmpty, !years.isEmpty else { return }
        let figures = Figures(analysis.scenario)
        let columns = years.map { year -> [Table.Cell] in
            [Table.Cell(year.revenue.map { figures.money($0) } ?? "—"), Table.Cell(year.burn.map { figures.money($0) } ?? "—"),
             Table.Cell(year.cash.map { figures.money($0) } ?? "—", style: (year.cash ?? 0) < 0 ? Style(.alert, [.bold]) : .plain),
             Table.Cell(figures.money(year.obligationsDue))]
        }
        let widths = Self.headers.indices.map { column in
            max(TextWidth.of(Self.headers[column]), columns.map { TextWidth.of($0[column].text) }.max() ?? 0)
        }
        let gigawatts = years.map { FigureFormat.gigawatts($0.totalCapacityOnlineGW) }
        let gigawattWidth = gigawatts.map { TextWidth.of($0) }.max() ?? 0
        let figuresWidth = widths.reduce(0) { $0 + $1 + 3 }
        let barWidth = max(4, area.width - 6 - gigawattWidth - 2 - figuresWidth)
        // A row per year, and with room to spare bars two rows thick with a blank row between
        // years; the block centred in the height left above the legend.
        let rowHeight = min(3, max(1, (area.height - 4) / years.count))
        let barRows = max(1, rowHeight - 1)
        let top = area.y + max(0, (area.height - 4 - rowHeight * years.count) / 2)
        let providerIndex = Dictionary(analysis.providers.enumerated().map { ($1.provider, $0) }, uniquingKeysWith: { first, _ in first })
        let maximum = years.map(\.totalCapacityOnlineGW).max() ?? 0

        var x = area.x + 6
        x = canvas.put("Capacity online", x: x, y: top, style: Style(.title, [.bold]), clip: area)
        x = area.x + 6 + barWidth + 2 + gigawattWidth
        for (column, header) in Self.headers.enumerated() {
            x += 3 + widths[column]
            canvas.put(header, x: x - TextWidth.of(header), y: top, style: Style(.title, [.bold]), clip: area)
        }
        for (line, projected) in years.enumerated() {
            let barTop = top + 2 + line * rowHeight
            let y = barTop + (barRows - 1) / 2
            guard barTop + barRows <= area.maxY - 2 else { break }
            let row = Rect(x: area.x, y: barTop, width: area.width, height: barRows)
            canvas.put(String(projected.year), x: area.x, y: y, style: Style(.text, [.bold]), clip: area)
            let segments = projected.capacityOnlineGW.compactMap { capacity -> StackedBar.Segment? in
                guard let gigawatts = capacity.gigawatts, gigawatts > 0 else { return nil }
                return StackedBar.Segment(value: gigawatts, style: Style(.series(providerIndex[capacity.provider] ?? 0)))
            }
            canvas.render(StackedBar(segments: segments, maximum: maximum, showsTrack: true, glyphs: glyphs),
                          in: Rect(x: area.x + 6, y: barTop, width: barWidth, height: barRows))
            var x = area.x + 6 + barWidth + 2
            canvas.put(gigawatts[line], x: x + gigawattWidth - TextWidth.of(gigawatts[line]), y: y, clip: area)
            x += gigawattWidth
            for (column, cell) in columns[line].enumerated() {
                x += 3 + widths[column]
                canvas.put(cell.text, x: x - TextWidth.of(cell.text), y: y, style: cell.style, clip: area)
            }
            if projected.year == year {
                canvas.restyle(row) { $0.on(.selection).with(.bold) }
            }
        }
        drawLegend(in: Rect(x: area.x + 6, y: area.maxY - 1, width: area.width - 6, height: 1), on: &canvas)
    }

    private func drawLegend(in area: Rect, on canvas: inout Canvas) {
        var x = area.x
        for (index, provider) in analysis.providers.enumerated() {
            x = canvas.put(String(glyphs.fullBlock), x: x, y: area.y, style: Style(.series(index)), clip: area)
            x = canvas.put(" " + provider.provider + "   ", x: x, y: area.y, style: Style(.muted), clip: area)
        }
    }
}
