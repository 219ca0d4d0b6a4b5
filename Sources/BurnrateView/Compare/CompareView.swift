/// Two scenarios side by side with what moved from A (the scenario on screen, with its
/// what-if) to B, drawn instead of the three panels; ↑↓ PgUp PgDn scroll when it is taller than
/// the screen.
struct CompareView: Widget {
    let sections: CompareSections
    let labelA: String
    let labelB: String
    let scroll: Int
    let glyphs: Glyphs

    /// Nil when the compare view is closed.
    init?(state: AppState) {
        guard let (comparison, labelB) = state.comparison, let open = state.compare.open else { return nil }
        let area = Self.area(in: state.layout)
        sections = CompareSections(comparison, labelA: state.comparisonLabelA, labelB: labelB,
                                   width: ScrolledBox.inner(area).width, glyphs: state.glyphs)
        labelA = comparison.a.scenario.id
        self.labelB = comparison.b.scenario.id
        scroll = min(max(0, open.scroll), ScrolledBox.scrollLimit(contentHeight: sections.height, in: area))
        glyphs = state.glyphs
    }

    /// Everything between the header and the footer (or the docked what-if panel).
    static func area(in layout: DashboardLayout) -> Rect {
        let top = layout.header.maxY
        return Rect(x: 0, y: top, width: layout.header.width, height: max(0, (layout.dock?.y ?? layout.footer.y) - top))
    }

    /// How far the view can scroll in this state: rows of content that do not fit.
    static func scrollLimit(_ state: AppState) -> Int {
        guard let view = CompareView(state: state) else { return 0 }
        return ScrolledBox.scrollLimit(contentHeight: view.sections.height, in: area(in: state.layout))
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let scrolls = ScrolledBox.scrollLimit(contentHeight: sections.height, in: area) > 0
        let title = scrolls && area.width < 100 ? "Compare A → B" : "Compare A \(labelA) → B \(labelB)"
        let sections = sections
        canvas.render(ScrolledBox(title: title, scroll: scroll, contentHeight: sections.height, glyphs: glyphs) { sections.draw(on: &$0) },
                      in: area)
    }
}
