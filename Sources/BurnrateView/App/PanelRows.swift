import BurnrateModel

/// The selectable rows of each panel, in the order the panel lists them, the words `/` finds
/// each by, and the figure each row explains. A panel's filter hides rows; the selection and
/// the panel's drawing both go through `shown`, so they always address the same rows.
public enum PanelRows {
    /// The risk panel lists the scenario-wide indicators (ownership shows in the investors panel),
    /// as they stand in `year` (the timeline cursor; nil for the as-of view), the most severe
    /// first: alerts, then watches, then ok, then figures without a level, each group in the
    /// catalogue's order. Always in this order, not only on a small screen, so that the rows,
    /// the selection and explain follow one list at every size and in every year.
    public static func riskIndicators(_ analysis: Analysis, year: Int?) -> [Indicator] {
        // every indicator but ownership, in the catalogue's order
        let listed = analysis.judgedIndicators(inYear: year)
        return listed.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }

    /// Each row's names: investors by name and id, providers by name, indicators by name, short
    /// label and id.
    public static func labels(_ panel: PanelID, in analysis: Analysis, year: Int?) -> [[String]] {
        labels(panel, in: analysis, risk: panel == .risk ? riskIndicators(analysis, year: year) : [])
    }

    /// The same, given the risk panel's rows (`riskIndicators`) worked out once by the caller.
    static func labels(_ panel: PanelID, in analysis: Analysis, risk: [Indicator]) -> [[String]] {
        switch panel {
        case .investors: analysis.investors.map { [$0.name, $0.id] }
        case .capacity: analysis.providers.map { [$0.provider] }
        case .risk: risk.map { [$0.name, IndicatorLabels.short($0), $0.id] }
        }
    }

    /// The rows a filter leaves, as indices into the panel's full list, in order.
    public static func shown(_ panel: PanelID, in analysis: Analysis, year: Int?, filter: String) -> [Int] {
        shown(labels(panel, in: analysis, year: year), filter: filter)
    }

    /// The rows of `labels` a filter leaves.
    static func shown(_ labels: [[String]], filter: String) -> [Int] {
        labels.indices.filter { RowFilter.matches(filter, labels: labels[$0]) }
    }

    /// Whether the panel's main list has a header row above it that can be selected: the
    /// investors' and the providers' lists do; the risk panel's indicators have none, and its
    /// selectable header is the projection's, below them.
    public static func hasLeadingHeader(_ panel: PanelID) -> Bool { panel != .risk }

    /// How many selectable rows follow the main list: the circular-financing and cap-table rows
    /// of the investors panel, the projection's header row of the risk panel. The filter narrows
    /// the main list only.
    static func countBelow(_ panel: PanelID, in analysis: Analysis) -> Int {
        switch panel {
        case .investors: analysis.circularFlows.count + analysis.capTable.count
        case .capacity: 0
        case .risk: analysis.projection.years.isEmpty ? 0 : 1
        }
    }

    /// The `place`-th selectable row below the main list, in the order the panel draws them.
    static func rowBelow(_ panel: PanelID, at place: Int, in analysis: Analysis) -> PanelRow? {
        guard place >= 0, place < countBelow(panel, in: analysis) else { return nil }
        switch panel {
        case .investors:
            let flows = analysis.circularFlows.count
            return place < flows ? .flow(place) : .holder(place - flows)
        case .capacity: return nil
        case .risk: return .header
        }
    }

    /// A selection counts the main list's shown rows from 0, the rows below them on from there,
    /// and a leading header row as -1, so that moving down from the header reaches the first
    /// row and the rows below keep their place when a filter changes only the main list.
    public static func selections(_ panel: PanelID, in analysis: Analysis, year: Int?, filter: String) -> ClosedRange<Int>? {
        let first = hasLeadingHeader(panel) ? -1 : 0
        let last = shown(panel, in: analysis, year: year, filter: filter).count + countBelow(panel, in: analysis) - 1
        return first <= last ? first...last : nil
    }

    /// The row a selection stands on.
    public static func row(_ panel: PanelID, selection: Int, in analysis: Analysis, year: Int?, filter: String) -> PanelRow? {
        row(panel, selection: selection, shown: shown(panel, in: analysis, year: year, filter: filter), in: analysis)
    }

    /// The row a selection stands on, given the rows the filter leaves in the main list.
    static func row(_ panel: PanelID, selection: Int, shown rows: [Int], in analysis: Analysis) -> PanelRow? {
        if selection == -1 { return hasLeadingHeader(panel) ? .header : nil }
        if rows.indices.contains(selection) { return .item(rows[selection]) }
        return rowBelow(panel, at: selection - rows.count, in: analysis)
    }

    /// The figure the selected row stands for.
    public static func target(_ panel: PanelID, row selection: Int, in analysis: Analysis, year: Int?, filter: String) -> ExplainTarget? {
        let risk = panel == .risk ? riskIndicators(analysis, year: year) : []
        let rows = shown(labels(panel, in: analysis, risk: risk), filter: filter)
        guard let row = row(panel, selection: selection, shown: rows, in: analysis) else { return nil }
        return switch (panel, row) {
        case (_, .header): .columns(panel)
        case (.investors, .item(let index)): .investor(analysis.investors[index].id)
        case (.capacity, .item(let index)): .provider(analysis.providers[index].provider)
        case (.risk, .item(let index)): .indicator(risk[index].id)
        case (_, .flow(let index)): .circularFlow(analysis.circularFlows[index].investorID)
        case (_, .holder(let index)): .capTableRow(analysis.capTable[index].holder)
        }
    }
}

extension AppState {
    /// The rows a panel shows under its filter, as indices into its full list.
    public func shownRows(_ panel: PanelID) -> [Int] {
        PanelRows.shown(panel, in: analysis, year: timeline.year, filter: filters[panel] ?? "")
    }

    /// The selections a panel's rows allow: -1 for its header row, when it has one above the list.
    public func selectableRows(_ panel: PanelID) -> ClosedRange<Int>? {
        PanelRows.selections(panel, in: analysis, year: timeline.year, filter: filters[panel] ?? "")
    }

    /// The row a panel's selection stands on.
    public func selectedRow(_ panel: PanelID) -> PanelRow? {
        selection[panel].flatMap { PanelRows.row(panel, selection: $0, in: analysis, year: timeline.year, filter: filters[panel] ?? "") }
    }

    /// The risk panel orders its indicators by severity, which a what-if, a reload or another
    /// year can change: a selection that stayed at its place while its indicator moved follows
    /// the indicator to its new row.
    mutating func followSelectedIndicator(from before: AppState) {
        guard let selection = selection[.risk], before.selection[.risk] == selection,
              case .indicator(let id)? = before.selectedTarget(.risk), selectedTarget(.risk) != .indicator(id) else { return }
        let order = PanelRows.riskIndicators(analysis, year: timeline.year)
        let rows = PanelRows.shown(PanelRows.labels(.risk, in: analysis, risk: order), filter: filters[.risk] ?? "")
        if let place = rows.firstIndex(where: { order[$0].id == id }) { self.selection[.risk] = place }
    }

    /// The figure a panel's selected row stands for.
    public func selectedTarget(_ panel: PanelID) -> ExplainTarget? {
        selection[panel].flatMap { PanelRows.target(panel, row: $0, in: analysis, year: timeline.year, filter: filters[panel] ?? "") }
    }
}

extension Indicator {
    /// 0 for an alert, 1 watch, 2 ok, 3 for a figure without a level: the risk panel's order.
    fileprivate var severity: Int {
        switch level {
        case .alert: 0
        case .watch: 1
        case .ok: 2
        case nil: 3
        }
    }
}
