import BurnrateModel

/// For what capacity: each provider's contract value, share and gigawatts; capacity coming
/// online year by year, stacked by provider; what is left if the largest provider fails.
struct CapacityPanel: PanelWidget {
    let inputs: PanelInputs

    static let headers = ["Provider", "Contract value", "Value", "Share", "GW"]
    static let siteColumns = [Table.Column("Site", isFlexible: true), Table.Column("GW", alignment: .decimal),
                              Table.Column("power", alignment: .right), Table.Column("cool", alignment: .right),
                              Table.Column("net", alignment: .right), Table.Column("online", alignment: .right)]
    static let contractColumns = [Table.Column("Contract", isFlexible: true), Table.Column("kind"), Table.Column("term", alignment: .right),
                                  Table.Column("start", alignment: .right), Table.Column("status")]

    func render(in area: Rect, on canvas: inout Canvas) {
        let inner = drawFrame(.capacity, rightTitle: rightTitle, in: area, on: &canvas)
        guard !inner.isEmpty else { return }
        var sections = PanelSections()
        let years = analysis.projection.years
        if !years.isEmpty {
            let legendLines = timelineLegend(width: inner.width).lineCount(width: inner.width)
            sections.add(height: years.count + 1 + legendLines, name: "capacity by year") { area, canvas in
                self.drawTimeline(in: area, legendLines: legendLines, on: &canvas)
            }
        }
        if !analysis.sites.isEmpty {
            sections.add(height: analysis.sites.count + 1, name: "sites") { area, canvas in self.drawSites(in: area, on: &canvas) }
        }
        if !analysis.scenario.contracts.isEmpty {
            sections.add(height: analysis.scenario.contracts.count + 1, name: "contracts") { area, canvas in self.drawContracts(in: area, on: &canvas) }
        }
        drawBarList(providerRows(), headers: Self.headers, sections: sections,
                    summary: [IndicatorCatalogue.largestSupplierShare.id, IndicatorCatalogue.capacityIfLargestFails.id,
                              IndicatorCatalogue.readiness.id],
                    in: inner, on: &canvas)
    }

    /// What the contracts are worth; without contracts, never "$0 contracted": what the
    /// company's own sites hold, or that there are no contracts.
    private var rightTitle: String {
        let scenario = analysis.scenario
        guard scenario.contracts.isEmpty else { return "\(figures.money(analysis.contractTotal)) contracted" }
        let owned = scenario.sites.filter(\.isOwned)
        guard !owned.isEmpty else { return "no capacity contracts" }
        return "own sites " + FigureFormat.gigawatts(owned.reduce(0) { $0 + $1.capacityGW.value })
    }

    private func providerRows() -> [BarRow] {
        let largest = analysis.providers.compactMap(\.value).max() ?? 0
        return analysis.providers.enumerated().map { index, provider in
            let segments = Self.segments(of: provider, style: Style(.series(index)))
            let bar = segments.isEmpty ? nil : StackedBar(segments: segments, maximum: largest, glyphs: glyphs)
            return BarRow(name: provider.provider, nameStyle: .plain, bar: bar,
                          barText: Masked.isMasked(provider.value) ? "┄ value hidden ┄" : "┄ value not disclosed ┄",
                          figures: [Table.Cell(figures.money(provider.value)), Table.Cell(figures.fraction(provider.share)),
                                    Table.Cell(provider.gigawatts.map(FigureFormat.gigawatts) ?? "—")])
        }
    }

    /// A provider's value split by how it is paid: solid for cash, a medium shade for share
    /// swaps, usage guarantees and other non-cash forms.
    static func segments(of provider: ProviderExposure, style: Style) -> [StackedBar.Segment] {
        [StackedBar.Segment(value: provider.cashValue, style: style, fill: .solid),
         StackedBar.Segment(value: provider.nonCashValue, style: style, fill: .medium)].filter { $0.value > 0 }
    }

    /// The providers (and the company's own sites) with capacity online in some year, in the
    /// order their segments stack in every bar, so the legend reads without colour too. Named
    /// in full when all fit on one line of `width`, else by their first words when those tell
    /// them apart.
    private func timelineLegend(width: Int) -> Legend {
        let years = analysis.projection.years
        let rows = years.first?.capacityOnlineGW ?? []
        let online = rows.indices.filter { index in years.contains { ($0.capacityOnlineGW[index].gigawatts ?? 0) > 0 } }
        let providers = online.map { rows[$0].provider }
        func legend(_ names: [String]) -> Legend {
            Legend(items: zip(online, names).map { index, name in
                StyledText(String(glyphs.fullBlock) + " " + name, style: Style(.series(index)))
            })
        }
        let full = legend(providers)
        let firstWords = providers.map { String($0.split(separator: " ").first ?? Substring($0)) }
        guard full.width > width, Set(firstWords).count == providers.count else { return full }
        return legend(firstWords)
    }

    /// One stacked bar per projection year, in the providers' colours and the legend's order,
    /// scaled to the largest year.
    private func drawTimeline(in area: Rect, legendLines: Int, on canvas: inout Canvas) {
        let years = analysis.projection.years
        PanelFrame.heading("Capacity online by year", in: area, on: &canvas)
        canvas.render(timelineLegend(width: area.width), in: Rect(x: area.x, y: area.y + 1, width: area.width, height: legendLines).intersection(area))
        let maximum = years.map(\.totalCapacityOnlineGW).max() ?? 0
        let baseYears = baseAnalysis?.projection.years ?? []
        let totals = years.map { year in
            let base = baseYears.first { $0.year == year.year }?.totalCapacityOnlineGW
            let delta = Delta(year.totalCapacityOnlineGW, from: base, unit: .gigawatts, threshold: nil, figures: figures, glyphs: glyphs)
            return FigureFormat.gigawatts(year.totalCapacityOnlineGW) + (delta.map { " " + $0.text } ?? "")
        }
        let totalWidth = totals.map { TextWidth.of($0) }.max() ?? 0
        for (line, year) in years.enumerated() {
            let y = area.y + 1 + legendLines + line
            guard y < area.maxY else { break }
            canvas.put(String(year.year), x: area.x, y: y, style: Style(.muted), clip: area)
            let barArea = Rect(x: area.x + 5, y: y, width: area.width - 6 - totalWidth, height: 1)
            canvas.render(StackedBar(segments: year.capacitySegments, maximum: maximum, glyphs: glyphs), in: barArea.intersection(area))
            canvas.put(totals[line], x: area.maxX - TextWidth.of(totals[line]), y: y, style: .plain, clip: area)
            if year.year == self.year {
                canvas.restyle(Rect(x: area.x, y: y, width: 4, height: 1)) { $0.on(.selection).with(.bold) }
            }
        }
    }

    /// Power, cooling and network readiness per site: the article's "shaky foundations".
    private func drawSites(in area: Rect, on canvas: inout Canvas) {
        let rows = analysis.sites.map { readiness -> [Table.Cell] in
            let site = readiness.site
            let level = Style(readiness.level.role)
            return [Table.Cell(site.name), Table.Cell(FigureFormat.gigawatts(site.capacityGW.value)),
                    Table.Cell(Self.percent(site.power.value), style: level), Table.Cell(Self.percent(site.cooling.value), style: level),
                    Table.Cell(Self.percent(site.network.value), style: level), Table.Cell(Self.month(site.online.value))]
        }
        canvas.render(Table(columns: Self.siteColumns, rows: rows, glyphs: glyphs), in: area)
    }

    /// Each contract's kind, term, start and status.
    private func drawContracts(in area: Rect, on canvas: inout Canvas) {
        let rows = analysis.scenario.contracts.map { contract -> [Table.Cell] in
            [Table.Cell(contract.id), Table.Cell(contract.kind.rawValue.replacingUnderscores, style: Style(.muted)),
             Table.Cell(contract.termYears.map { FigureFormat.years($0.value) } ?? "—"),
             Table.Cell(contract.start.map { Self.month($0.value) } ?? "—"), Table.Cell(contract.status.rawValue)]
        }
        canvas.render(Table(columns: Self.contractColumns, rows: rows, glyphs: glyphs), in: area)
    }

    private static func percent(_ fraction: Double) -> String {
        FigureFormat.score(fraction * 100) + "%"
    }

    private static func month(_ day: Day) -> String {
        String(day.description.prefix(7))
    }
}
