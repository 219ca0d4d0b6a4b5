import BurnrateModel

/// The selectable rows of each panel, in the order the panel lists them, the words `/` finds
/// each by, and the figure each row explains. A panel's filter hides rows; the selection and
/// the panel's drawing both go through `shown`, so they always address the same rows.
public enum PanelRows {
    /// The risk panel lists the scenario-wide indicators (ownership shows in the investors panel),
    /// the most severe first: alerts, then watches, then ok, then figures without a level, each
    /// group in the catalogue's order. Always in this order, not only on a small screen, so that
    /// the rows, the selection and explain follow one list at every size.
    public static func riskIndicators(_ analysis: Analysis) -> [Indicator] {
        let listed = analysis.indicators.filter { !$0.id.hasPrefix(IndicatorCatalogue.ownershipPrefix) }
        return listed.enumerated().sorted { ($0.element.severity, $0.offset) < ($1.element.severity, $1.offset) }.map(\.element)
    }

    /// Each row's names: investors by name and id, providers by name, indicators by name, short
    /// label and id.
    public static func labels(_ panel: PanelID, in analysis: Analysis) -> [[String]] {
        switch panel {
        case .investors: analysis.investors.map { [$0.name, $0.id] }
        case .capacity: analysis.providers.map { [$0.provider] }
        case .risk: riskIndicators(analysis).map { [$0.name, IndicatorLabels.short($0), $0.id] }
        }
    }

    /// The rows a filter leaves, as indices into the panel's full list, in order.
    public static func shown(_ panel: PanelID, in analysis: Analysis, filter: String) -> [Int] {
        let labels = labels(panel, in: analysis)
        return labels.indices.filter { RowFilter.matches(filter, labels: labels[$0]) }
    }

    /// The figure the `row`-th shown row stands for.
    public static func target(_ panel: PanelID, row: Int, in analysis: Analysis, filter: String) -> ExplainTarget? {
        let rows = shown(panel, in: analysis, filter: filter)
        guard rows.indices.contains(row) else { return nil }
        let index = rows[row]
        return switch panel {
        case .investors: .investor(analysis.investors[index].id)
        case .capacity: .provider(analysis.providers[index].provider)
        case .risk: .indicator(riskIndicators(analysis)[index].id)
        }
    }
}

extension AppState {
    /// The rows a panel shows under its filter, as indices into its full list.
    public func shownRows(_ panel: PanelID) -> [Int] {
        PanelRows.shown(panel, in: analysis, filter: filters[panel] ?? "")
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
