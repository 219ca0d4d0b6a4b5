/// Draws the whole dashboard for a state. The terminal backend and `burnrate snapshot` both
/// draw through this, so what a test sees is what a user sees.
public enum DashboardView {
    public static func render(_ state: AppState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        let layout = state.layout
        guard layout.mode != .tooSmall else {
            canvas.render(TooSmallView(), in: canvas.bounds)
            return canvas
        }
        canvas.render(HeaderBar(state: state), in: layout.header)
        if let tabs = layout.tabs {
            canvas.render(Tabs(titles: DashboardLayout.tabTitles, selected: state.focus.rawValue, glyphs: state.glyphs), in: tabs)
        }
        for panel in PanelID.allCases where state.compare.open == nil {
            guard let area = layout.panels[panel] else { continue }
            canvas.render(self.panel(panel, state: state), in: area)
        }
        if let compare = CompareView(state: state) {
            canvas.render(compare, in: CompareView.area(in: layout))
        }
        if let dock = layout.dock, let panel = state.whatIfPanel {
            canvas.render(WhatIfPanelView(model: state.model, panel: panel, glyphs: state.glyphs), in: dock)
        }
        if let banner = state.banner {
            canvas.render(BannerView(banner: banner, glyphs: state.glyphs), in: layout.panelArea)
        }
        canvas.render(FooterBar(state: state), in: layout.footer)
        if let prompt = state.saving.prompt {
            canvas.render(SavePromptView(prompt: prompt, message: state.message, glyphs: state.glyphs), in: layout.footer)
        }
        let betweenHeaderAndFooter = Rect(x: 0, y: layout.header.maxY, width: state.width, height: layout.footer.y - layout.header.maxY)
        if let overlay = state.overlay {
            canvas.render(self.overlay(overlay, state: state), in: betweenHeaderAndFooter)
        }
        if let palette = state.palette {
            canvas.render(CommandPaletteView(palette, in: state), in: betweenHeaderAndFooter)
        }
        return canvas
    }

    static func panel(_ panel: PanelID, state: AppState) -> any Widget {
        let isFocused = panel == state.focus
        let list = PanelList(panel, in: state)
        let base = state.model.isAdjusted ? state.model.baseAnalysis : nil
        return switch panel {
        case .investors: InvestorsPanel(analysis: state.analysis, baseAnalysis: base, isFocused: isFocused, list: list,
                                        glyphs: state.glyphs)
        case .capacity: CapacityPanel(analysis: state.analysis, baseAnalysis: base, isFocused: isFocused, list: list,
                                      glyphs: state.glyphs, year: state.timeline.year)
        case .risk: RiskPanel(analysis: state.analysis, baseAnalysis: base, isFocused: isFocused, list: list,
                              glyphs: state.glyphs, year: state.timeline.year)
        }
    }

    static func overlay(_ overlay: Overlay, state: AppState) -> OverlayBox {
        switch overlay {
        case .help:
            return OverlayBox(title: "Keys", hint: "any key closes", paragraph: HelpView.paragraph(), glyphs: state.glyphs,
                              scroll: state.overlayScroll)
        case .explain(let target):
            let explanation = Explanation(target, in: state.analysis, glyphs: state.glyphs)
            return OverlayBox(title: "Explain: \(explanation.title)", hint: "Esc closes", paragraph: Paragraph(explanation.spans),
                              glyphs: state.glyphs, scroll: state.overlayScroll)
        }
    }
}
