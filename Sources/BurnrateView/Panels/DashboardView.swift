import BurnrateModel

/// Draws the whole dashboard for a state. The terminal backend and `burnrate snapshot` both
/// draw through this, so what a test sees is what a user sees.
public enum DashboardView {
    public static func render(_ state: AppState) -> Canvas {
        let layout = state.layout
        guard layout.mode != .tooSmall else { return tooSmall(state) }
        var canvas = blank(state)
        let risk = riskIndicators(state)
        for shown in panels(state, in: layout, riskIndicators: risk) {
            canvas.render(shown.panel, in: shown.area)
        }
        drawBesidePanels(state, in: layout, riskIndicators: risk, on: &canvas)
        for (widget, area) in overPanels(state, in: layout) {
            widget.render(in: area, on: &canvas)
        }
        return canvas
    }

    /// The same picture as `render(_:)`, starting from the frame before in `cache` and drawing
    /// only the panels whose inputs changed: what the dashboard program draws with.
    public static func render(_ state: AppState, cache: inout PanelCache) -> Canvas {
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            cache.forget()
            return tooSmall(state)
        }
        let risk = riskIndicators(state)
        let panels = panels(state, in: layout, riskIndicators: risk)
        var canvas = cache.canvas(width: state.width, height: state.height, isASCIIOnly: state.glyphs == .ascii, showing: panels)
        drawBesidePanels(state, in: layout, riskIndicators: risk, on: &canvas)
        // Kept as it is under what opens over the panels (an alert banner stays for seconds, help
        // until closed), so that a clock tick beneath them draws again only what changed.
        cache.keep(canvas, showing: panels)
        for (widget, area) in overPanels(state, in: layout) {
            widget.render(in: area, on: &canvas)
        }
        return canvas
    }

    /// An empty frame, ASCII only when the glyphs are.
    private static func blank(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        canvas.isASCIIOnly = state.glyphs == .ascii
        return canvas
    }

    private static func tooSmall(_ state: AppState) -> Canvas {
        var canvas = blank(state)
        canvas.render(TooSmallView(), in: canvas.bounds)
        return canvas
    }

    /// The year's judged indicators in the risk panel's order, the composite score among them:
    /// worked out once a frame for the risk panel, its rows and the header.
    static func riskIndicators(_ state: AppState) -> [Indicator] {
        PanelRows.riskIndicators(state.analysis, year: state.timeline.year)
    }

    /// The panels on screen, none while the compare or simulation view or the league table takes their place.
    private static func panels(_ state: AppState, in layout: DashboardLayout, riskIndicators: [Indicator]) -> [PanelCache.Shown] {
        guard state.compare.open == nil, state.simulationView == nil, state.league.open == nil else { return [] }
        return PanelID.allCases.compactMap { id in
            layout.panels[id].map { PanelCache.Shown(id: id, area: $0, panel: panel(id, state: state, riskIndicators: riskIndicators)) }
        }
    }

    /// The header, tabs, what-if dock and footer: beside the panels, never over them.
    private static func drawBesidePanels(_ state: AppState, in layout: DashboardLayout, riskIndicators: [Indicator],
                                         on canvas: inout Canvas) {
        let composite = riskIndicators.first { $0.id == IndicatorCatalogue.composite.id }
        canvas.render(HeaderBar(state: state, composite: composite), in: layout.header)
        if let tabs = layout.tabs {
            canvas.render(Tabs(titles: DashboardLayout.tabTitles, selected: state.focus.rawValue, glyphs: state.glyphs), in: tabs)
        }
        if let cell = layout.simulation, state.compare.open == nil, state.simulationView == nil, state.league.open == nil {
            canvas.render(SimulationView(cellOf: state), in: cell)
        }
        if let dock = layout.dock, let panel = state.whatIfPanel {
            canvas.render(WhatIfPanelView(model: state.model, panel: panel, glyphs: state.glyphs, keymap: state.keymap), in: dock)
        }
        canvas.render(FooterBar(state: state), in: layout.footer)
        if let prompt = state.saving.prompt {
            canvas.render(SavePromptView(prompt: prompt, message: state.message, glyphs: state.glyphs, keymap: state.keymap), in: layout.footer)
        }
    }

    /// What opens over the panels, bottom first: the compare or simulation view or the league table, a banner, an
    /// overlay, the command palette. An alert's banner takes the panels' bottom edge, leaving
    /// their titles (the risk score) and a broken file's banner in view.
    private static func overPanels(_ state: AppState, in layout: DashboardLayout) -> [(any Widget, Rect)] {
        let betweenHeaderAndFooter = Rect(x: 0, y: layout.header.maxY, width: state.width, height: layout.footer.y - layout.header.maxY)
        var widgets: [(any Widget, Rect)] = []
        if let compare = CompareView(state: state) {
            widgets.append((compare, CompareView.area(in: layout)))
        }
        if let simulation = SimulationView(state: state) {
            widgets.append((simulation, CompareView.area(in: layout)))
        }
        if let league = LeagueView(state: state) {
            widgets.append((league, CompareView.area(in: layout)))
        }
        if let banner = state.banner {
            widgets.append((BannerView(banner: banner, glyphs: state.glyphs), layout.panelArea))
        }
        if let alert = state.alerts.banner {
            widgets.append((BannerView(banner: alert, glyphs: state.glyphs), layout.panelArea.splitBottom(1).bottom))
        }
        if let overlay = state.overlay {
            widgets.append((self.overlay(overlay, state: state), betweenHeaderAndFooter))
        }
        if let palette = state.palette {
            widgets.append((CommandPaletteView(palette, in: state), betweenHeaderAndFooter))
        }
        return widgets
    }

    /// `riskIndicators`: `riskIndicators(state)`, worked out once for the frame.
    static func panel(_ panel: PanelID, state: AppState, riskIndicators: [Indicator]) -> DashboardPanel {
        let inputs = PanelInputs(analysis: state.analysis, baseAnalysis: state.model.isAdjusted ? state.model.baseAnalysis : nil,
                                 isFocused: panel == state.focus, list: PanelList(panel, in: state, riskIndicators: riskIndicators),
                                 glyphs: state.glyphs, year: panel == .investors ? nil : state.timeline.year)
        return switch panel {
        case .investors: .investors(InvestorsPanel(inputs: inputs))
        case .capacity: .capacity(CapacityPanel(inputs: inputs))
        case .risk: .risk(RiskPanel(inputs: inputs, indicators: riskIndicators))
        }
    }

    static func overlay(_ overlay: Overlay, state: AppState) -> OverlayBox {
        switch overlay {
        case .help:
            return OverlayBox(title: "Keys", hint: "any key closes", scrollKeys: scrollKeys(state.keymap[.dashboard]),
                              paragraph: HelpView.paragraph(state.keymap), glyphs: state.glyphs,
                              scroll: state.overlayScroll)
        case .explain(let target):
            let explanation = Explanation(target, in: state.analysis, simulation: state.simulation, glyphs: state.glyphs)
            let hint = state.keymap[.explain].keyLabels(.back).map { "\($0) closes" } ?? ""
            return OverlayBox(title: "Explain: \(explanation.title)", hint: hint, scrollKeys: scrollKeys(state.keymap[.explain]), paragraph: Paragraph(explanation.spans),
                              glyphs: state.glyphs, scroll: state.overlayScroll)
        case .alerts:
            let hint = state.keymap[.dashboard].keyLabels(.back).map { "\($0) closes" } ?? ""
            return OverlayBox(title: "Alerts this session", hint: hint, scrollKeys: scrollKeys(state.keymap[.dashboard]),
                              paragraph: AlertList.paragraph(state.alerts, glyphs: state.glyphs), glyphs: state.glyphs,
                              scroll: state.overlayScroll)
        }
    }

    /// The first key of page-down and of page-up: "PgDn PgUp".
    private static func scrollKeys(_ keys: ModeKeymap) -> String {
        [KeyAction.pageDown, .pageUp].compactMap { keys.keys($0).first.map(KeyName.label(of:)) }.joined(separator: " ")
    }

}
