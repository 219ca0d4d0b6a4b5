import BurnrateModel

/// The projection year by year, large: capacity online as bars in the providers' colours, then
/// revenue, burn, debt and lease payments (a scenario with debt or leases), cash at the year's
/// end (red below zero) and contract payments due; the slide's year picked out. A legend of
/// providers underneath.
struct TimelineSlide: Widget {
    let analysis: Analysis
    let year: Int?
    let glyphs: Glyphs

    private static let minimumBarWidth = 12
    /// Columns by what the slide cannot do without: cash running out is the story.
    private static let importance: [ProjectionTable.Column] = [.cash, .revenue, .burn, .debt, .lease, .due]

    func render(in area: Rect, on canvas: inout Canvas) {
        let years = analysis.projection.years
        guard !area.isEmpty, !years.isEmpty else { return }
        let projection = ProjectionTable(analysis)
        let slideColumns = projection.columns.filter(Self.importance.contains)
        let headers = slideColumns.map(\.title)
        let columns = years.indices.map { row in slideColumns.map { projection.cells[$0]![row] } }
        let importance = Self.importance.compactMap { slideColumns.firstIndex(of: $0) }
        let allWidths = headers.indices.map { column in
            max(TextWidth.of(headers[column]), columns.map { TextWidth.of($0[column].text) }.max() ?? 0)
        }
        let gigawatts = years.map { FigureFormat.gigawatts($0.totalCapacityOnlineGW) }
        let gigawattWidth = gigawatts.map { TextWidth.of($0) }.max() ?? 0
        // On a narrow screen the columns go from the right until the bars keep a readable length.
        let barRoom = area.width - 6 - gigawattWidth - 2
        let keptCount = (0...allWidths.count).last { count in
            barRoom - importance.prefix(count).reduce(0) { $0 + allWidths[$1] + 3 } >= Self.minimumBarWidth
        } ?? 0
        let shownColumns = importance.prefix(keptCount).sorted()
        let shownHeaders = shownColumns.map { headers[$0] }
        let widths = shownColumns.map { allWidths[$0] }
        let barWidth = max(4, barRoom - widths.reduce(0) { $0 + $1 + 3 })
        // A row per year, and with room to spare bars two rows thick with a blank row between
        // years; the block centred in the height left above the legend.
        let legend = legendLines(width: area.width - 6)
        // The headers and a blank row above the years, a blank row and the legend below.
        let framing = 3 + legend.count
        let rowHeight = min(3, max(1, (area.height - framing) / years.count))
        let barRows = max(1, rowHeight - 1)
        let top = area.y + max(0, (area.height - framing - rowHeight * years.count) / 2)
        let maximum = years.map(\.totalCapacityOnlineGW).max() ?? 0

        var x = area.x + 6
        canvas.put("Capacity online", x: x, y: top, style: Style(.title, [.bold]),
                   clip: Rect(x: x, y: top, width: barWidth + 2 + gigawattWidth, height: 1))
        x = area.x + 6 + barWidth + 2 + gigawattWidth
        for (column, header) in shownHeaders.enumerated() {
            x += 3 + widths[column]
            canvas.put(header, x: x - TextWidth.of(header), y: top, style: Style(.title, [.bold]), clip: area)
        }
        for (line, projected) in years.enumerated() {
            let barTop = top + 2 + line * rowHeight
            let y = barTop + (barRows - 1) / 2
            guard barTop + barRows <= area.maxY - 1 - legend.count else { break }
            let row = Rect(x: area.x, y: barTop, width: area.width, height: barRows)
            canvas.put(String(projected.year), x: area.x, y: y, style: Style(.text, [.bold]), clip: area)
            canvas.render(StackedBar(segments: projected.capacitySegments, maximum: maximum, showsTrack: true, glyphs: glyphs),
                          in: Rect(x: area.x + 6, y: barTop, width: barWidth, height: barRows))
            var x = area.x + 6 + barWidth + 2
            canvas.put(gigawatts[line], x: x + gigawattWidth - TextWidth.of(gigawatts[line]), y: y, clip: area)
            x += gigawattWidth
            for (column, cell) in shownColumns.map({ columns[line][$0] }).enumerated() {
                x += 3 + widths[column]
                canvas.put(cell.text, x: x - TextWidth.of(cell.text), y: y, style: cell.style, clip: area)
            }
            if projected.year == year {
                canvas.restyle(row) { $0.on(.selection).with(.bold) }
            }
        }
        drawLegend(legend, in: Rect(x: area.x + 6, y: area.maxY - legend.count, width: area.width - 6, height: legend.count),
                   on: &canvas)
    }

    /// The providers' entries, wrapped onto as many lines as the width needs.
    private func legendLines(width: Int) -> [[(index: Int, text: String)]] {
        var lines: [[(index: Int, text: String)]] = [[]]
        var used = 0
        for (index, provider) in analysis.providers.enumerated() {
            let text = " " + provider.provider + "   "
            let entryWidth = 1 + TextWidth.of(text)
            if used > 0, used + entryWidth - 3 > width {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append((index, text))
            used += entryWidth
        }
        return lines
    }

    private func drawLegend(_ lines: [[(index: Int, text: String)]], in area: Rect, on canvas: inout Canvas) {
        for (line, entries) in lines.enumerated() {
            var x = area.x
            for entry in entries {
                x = canvas.put(String(glyphs.fullBlock), x: x, y: area.y + line, style: Style(.series(entry.index)), clip: area)
                x = canvas.put(entry.text, x: x, y: area.y + line, style: Style(.muted), clip: area)
            }
        }
    }
}
