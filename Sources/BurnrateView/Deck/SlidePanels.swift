import BurnrateModel

/// Dashboard panels on a slide: one at full size, or all three for a dashboard slide, drawn by
/// the dashboard's own code with the slide's highlight as the selected row.
struct SlidePanels: Widget {
    let state: DeckState

    func render(in area: Rect, on canvas: inout Canvas) {
        let app = appState
        let risk = DashboardView.riskIndicators(app)
        for (panel, rect) in placement(in: area, focus: app.focus) {
            canvas.render(DashboardView.panel(panel, state: app, riskIndicators: risk), in: rect)
        }
    }

    /// The dashboard's state for the slide: its model, year and highlight; the focus on the
    /// panel shown alone, or on the one holding the highlight.
    private var appState: AppState {
        var app = AppState(model: state.model, width: state.width, height: state.height, themes: [state.theme],
                           glyphs: state.glyphs)
        app.timeline = Timeline(year: state.slide.year)
        let highlighted = state.slide.highlight.flatMap { Self.row(of: $0, in: state.model.analysis, year: state.slide.year) }
        if let panel = Self.panel(of: state.slide.kind) {
            app.focus = panel
        } else if let highlighted {
            app.focus = highlighted.panel
        }
        if let highlighted { app.selection[highlighted.panel] = highlighted.row }
        return app
    }

    private func placement(in area: Rect, focus: PanelID) -> [(PanelID, Rect)] {
        if Self.panel(of: state.slide.kind) != nil { return [(focus, area)] }
        if area.width >= 120 {
            let third = area.width / 3
            let (investors, others) = area.splitLeft(third)
            let (capacity, risk) = others.splitLeft(third)
            return [(.investors, investors), (.capacity, capacity), (.risk, risk)]
        }
        if area.height >= 20 {
            let (upper, risk) = area.splitTop(area.height / 2)
            let (investors, capacity) = upper.splitLeft(upper.width / 2)
            return [(.investors, investors), (.capacity, capacity), (.risk, risk)]
        }
        return [(focus, area)]
    }

    static func panel(of kind: SlideKind) -> PanelID? {
        switch kind {
        case .investors: .investors
        case .capacity: .capacity
        case .risk: .risk
        case .dashboard, .timeline, .compare, .figure, .text, .simulation, .league: nil
        }
    }

    /// The panel and row that show a highlighted investor, provider or indicator, in the order
    /// of `year`.
    static func row(of highlight: SlideHighlight, in analysis: Analysis, year: Int?) -> (panel: PanelID, row: Int)? {
        switch highlight {
        case .investor(let id): analysis.investors.firstIndex { $0.id == id }.map { (.investors, $0) }
        case .provider(let name): analysis.providers.firstIndex { $0.provider == name }.map { (.capacity, $0) }
        case .indicator(let id): PanelRows.riskIndicators(analysis, year: year).firstIndex { $0.id == id }.map { (.risk, $0) }
        }
    }
}
