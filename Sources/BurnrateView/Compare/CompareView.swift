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
        let inner = Self.inner(Self.area(in: state.layout))
        sections = CompareSections(comparison, labelA: state.comparisonLabelA, labelB: labelB, width: inner.width, glyphs: state.glyphs)
        labelA = comparison.a.scenario.id
        self.labelB = comparison.b.scenario.id
        scroll = min(max(0, open.scroll), max(0, sections.height - inner.height))
        glyphs = state.glyphs
    }

    /// Everything between the header and the footer (or the docked what-if panel).
    static func area(in layout: DashboardLayout) -> Rect {
        let top = layout.header.maxY
        return Rect(x: 0, y: top, width: layout.header.width, height: max(0, (layout.dock?.y ?? layout.footer.y) - top))
    }

    private static func inner(_ area: Rect) -> Rect {
        Block().inner(area).inset(horizontal: 1, vertical: 0)
    }

    /// How far the view can scroll in this state: rows of content that do not fit.
    static func scrollLimit(_ state: AppState) -> Int {
        guard let view = CompareView(state: state) else { return 0 }
        return max(0, view.sections.height - inner(area(in: state.layout)).height)
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        canvas.fill(area)
        let inner = Self.inner(area)
        let hidden = sections.height - inner.height
        let position = hidden > 0 ? "rows \(scroll + 1)–\(scroll + inner.height) of \(sections.height) ↑↓" : ""
        let title = hidden > 0 && area.width < 100 ? "Compare A → B" : "Compare A \(labelA) → B \(labelB)"
        let block = Block(title: title, rightTitle: position, isFocused: true, glyphs: glyphs)
        canvas.render(block, in: area)
        guard !inner.isEmpty else { return }
        var content = Canvas(width: inner.width, height: sections.height)
        content.isASCIIOnly = canvas.isASCIIOnly
        sections.draw(on: &content)
        for row in 0..<min(inner.height, content.height - scroll) {
            for column in 0..<inner.width {
                canvas[inner.x + column, inner.y + row] = content[column, scroll + row]
            }
        }
    }
}
