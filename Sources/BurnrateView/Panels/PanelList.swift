import BurnrateModel

/// A panel's list as the state has it: the rows its filter leaves (indices into the full list),
/// the selected one among those, and the filter for the title. Built in one place from the
/// rows of `AppState.shownRows`, the same rows the selection keys and explain go through.
struct PanelList: Equatable {
    let rows: [Int]
    /// The selected row's place among `rows`; nil when the selection is elsewhere.
    let selected: Int?
    /// The selected row, in the list or not (a header row, a row of a table below the list).
    let selectedRow: PanelRow?
    let filter: String?

    /// `riskIndicators`: the risk panel's rows in order (`PanelRows.riskIndicators`), worked
    /// out once for the frame.
    init(_ panel: PanelID, in state: AppState, riskIndicators: [Indicator]) {
        let rows = PanelRows.shown(PanelRows.labels(panel, in: state.analysis, risk: riskIndicators), filter: state.filters[panel] ?? "")
        self.rows = rows
        selected = state.selection[panel].flatMap { rows.indices.contains($0) ? $0 : nil }
        selectedRow = state.selection[panel].flatMap { PanelRows.row(panel, selection: $0, shown: rows, in: state.analysis) }
        filter = state.filters[panel]
    }

    /// Lines the list takes: one per row shown, or one to say that nothing matches the filter.
    var height: Int { rows.isEmpty && filter != nil ? 1 : rows.count }

    /// Draws the rows that fit, scrolled to keep the selection in view, the selected one on the
    /// selection background; `drawRow` draws the row at an index of the full list in a line.
    /// Returns how many rows are left out above and below.
    @discardableResult
    func draw(in area: Rect, on canvas: inout Canvas, row drawRow: (Int, Rect, inout Canvas) -> Void) -> ScrollMarks {
        guard area.height > 0 else { return ScrollMarks(below: rows.count) }
        if rows.isEmpty, let filter {
            canvas.put("nothing matches /\(filter)", x: area.x, y: area.y, style: Style(.muted, [.italic]), clip: area)
            return ScrollMarks()
        }
        let first = Table.scrollOffset(selected: selected, offset: 0, visibleRows: area.height, rowCount: rows.count)
        for (line, position) in (first..<min(rows.count, first + area.height)).enumerated() {
            let row = Rect(x: area.x, y: area.y + line, width: area.width, height: 1)
            drawRow(rows[position], row, &canvas)
            if position == selected {
                canvas.restyle(row) { $0.on(.selection) }
            }
        }
        return ScrollMarks(above: first, below: max(0, rows.count - first - area.height))
    }
}
