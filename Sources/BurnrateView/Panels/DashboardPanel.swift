/// One of the dashboard's three panels as a value. A panel draws from its fields alone, so two
/// equal panels on areas of the same size draw the same cells: `PanelCache` relies on it.
enum DashboardPanel: Widget, Equatable {
    case investors(InvestorsPanel)
    case capacity(CapacityPanel)
    case risk(RiskPanel)

    func render(in area: Rect, on canvas: inout Canvas) {
        switch self {
        case .investors(let panel): panel.render(in: area, on: &canvas)
        case .capacity(let panel): panel.render(in: area, on: &canvas)
        case .risk(let panel): panel.render(in: area, on: &canvas)
        }
    }
}
