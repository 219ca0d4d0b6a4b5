import BurnrateModel

/// For what capacity: each provider's contract value, share and gigawatts; capacity coming
/// online year by year, stacked by provider; what is left if the largest provider fails.
struct CapacityPanel: Widget {
    let analysis: Analysis
    let isFocused: Bool
    let selected: Int?
    let glyphs: Glyphs

    private var figures: Figures { Figures(analysis.scenario) }
    private static let headers = ["Provider", "Contract value", "Value", "Share", "GW"]

    func render(in area: Rect, on canvas: inout Canvas) {
        let total = analysis.providers.compactMap(\.value).reduce(0, +)
        let inner = PanelFrame.draw(.capacity, rightTitle: "\(figures.money(total)) contracted",
                                    isFocused: isFocused, in: area, glyphs: glyphs, on: &canvas)
        guard !inner.isEmpty else { return }
        let rows = providerRows()
        let columns = BarRow.Columns(rows: rows, headers: Self.headers, width: inner.width)
        let (main, summary) = inner.splitBottom(inner.height >= 4 ? 2 : 0)
        let years = analysis.projection.years
        let timelineRows = main.height >= rows.count + 1 + 2 + years.count ? years.count + 1 : 0
        let (list, timeline) = main.splitBottom(timelineRows)
        drawList(rows, columns: columns, in: list.splitTop(min(list.height, rows.count + 1)).top, on: &canvas)
        if timelineRows > 0 { drawTimeline(in: timeline, on: &canvas) }
        drawSummary(in: summary, on: &canvas)
    }

    private func providerRows() -> [BarRow] {
        let largest = analysis.providers.compactMap(\.value).max() ?? 0
        return analysis.providers.enumerated().map { index, provider in
            let segments = Self.segments(of: provider, in: analysis.scenario, style: Style(.series(index)))
            let bar = segments.isEmpty ? nil : StackedBar(segments: segments, maximum: largest, glyphs: glyphs)
            return BarRow(name: provider.provider, nameStyle: .plain, bar: bar, barText: "┄ value not disclosed ┄",
                          figures: [figures.money(provider.value), figures.fraction(provider.share),
                                    provider.gigawatts.map(FigureFormat.gigawatts) ?? "—"])
        }
    }

    /// A provider's value split by how it is paid: solid for cash, a medium shade for share
    /// swaps, usage guarantees and other non-cash forms.
    static func segments(of provider: ProviderExposure, in scenario: Scenario, style: Style) -> [StackedBar.Segment] {
        var cash = 0.0, nonCash = 0.0
        for id in provider.contractIDs {
            guard let contract = scenario.contract(id: id), let value = contract.value.value.headline else { continue }
            let nonCashShare = contract.payment.filter { $0.form.isNonCash }.map(\.share.value).reduce(0, +)
            nonCash += value * nonCashShare
            cash += value * (1 - nonCashShare)
        }
        return [StackedBar.Segment(value: cash, style: style, fill: .solid),
                StackedBar.Segment(value: nonCash, style: style, fill: .medium)].filter { $0.value > 0 }
    }

    private func drawList(_ rows: [BarRow], columns: BarRow.Columns, in area: Rect, on canvas: inout Canvas) {
        guard area.height > 0 else { return }
        BarRow.drawHeader(Self.headers, columns: columns, x: area.x, y: area.y, clip: area, on: &canvas)
        let visible = area.height - 1
        let first = Table.scrollOffset(selected: selected, offset: 0, visibleRows: visible, rowCount: rows.count)
        for (line, index) in (first..<min(rows.count, first + visible)).enumerated() {
            let y = area.y + 1 + line
            rows[index].draw(columns: columns, x: area.x, y: y, clip: area, glyphs: glyphs, on: &canvas)
            if index == selected {
                canvas.restyle(Rect(x: area.x, y: y, width: area.width, height: 1)) { $0.on(.selection) }
            }
        }
    }

    /// One stacked bar per projection year, in the providers' colours, scaled to the largest year.
    private func drawTimeline(in area: Rect, on canvas: inout Canvas) {
        let years = analysis.projection.years
        PanelFrame.heading("Capacity online by year", in: area, on: &canvas)
        let maximum = years.map(\.totalCapacityOnlineGW).max() ?? 0
        let totals = years.map { FigureFormat.gigawatts($0.totalCapacityOnlineGW) }
        let totalWidth = totals.map { TextWidth.of($0) }.max() ?? 0
        let providerIndex = Dictionary(analysis.providers.enumerated().map { ($1.provider, $0) }, uniquingKeysWith: { first, _ in first })
        for (line, year) in years.enumerated() {
            let y = area.y + 1 + line
            guard y < area.maxY else { break }
            canvas.put(String(year.year), x: area.x, y: y, style: Style(.muted), clip: area)
            let segments = year.capacityOnlineGW.compactMap { capacity -> StackedBar.Segment? in
                guard let gigawatts = capacity.gigawatts, gigawatts > 0 else { return nil }
                return StackedBar.Segment(value: gigawatts, style: Style(.series(providerIndex[capacity.provider] ?? 0)))
            }
            let barArea = Rect(x: area.x + 5, y: y, width: area.width - 6 - totalWidth, height: 1)
            canvas.render(StackedBar(segments: segments, maximum: maximum, glyphs: glyphs), in: barArea.intersection(area))
            canvas.put(totals[line], x: area.maxX - TextWidth.of(totals[line]), y: y, style: .plain, clip: area)
        }
    }

    private func drawSummary(in area: Rect, on canvas: inout Canvas) {
        let ids = [IndicatorCatalogue.largestSupplierShare.id, IndicatorCatalogue.capacityIfLargestFails.id]
        for (line, id) in ids.enumerated() {
            guard let indicator = analysis.indicator(id), line < area.height else { continue }
            let badge = LevelBadge(level: indicator.level, isCompact: true, glyphs: glyphs)
            let x = canvas.put(String(badge.symbol) + " ", x: area.x, y: area.y + line, style: badge.style, clip: area)
            canvas.put("\(indicator.name): \(figures.indicator(indicator))", x: x, y: area.y + line, style: Style(.muted), clip: area)
        }
    }
}
