import BurnrateModel

/// Which selectable row of a panel a click on one of its lines stands on, found by drawing the
/// panel rather than by a second copy of its layout: each row, selected in turn, is drawn on a
/// bar, and the row whose barred line reads like the clicked line is the one clicked. The
/// panels scroll to their selection, so a row may sit elsewhere once selected; its text does
/// not move with it. Runs once per click, never per key, and only over the rows that can be on
/// screen: a panel scrolls to keep its selection in view, so those lie within a panel's height
/// of the selection (of the first row without one), however long the list.
enum RowAtLine {
    static func selection(_ panel: PanelID, line y: Int, in state: AppState) -> Int? {
        guard let area = state.layout.panels[panel], let rows = state.selectableRows(panel), area.contains(x: area.x, y: y) else {
            return nil
        }
        // Selecting a row changes neither the year nor the indicators' order.
        let indicators = DashboardView.riskIndicators(state)
        var unselected = state
        unselected.selection[panel] = nil
        let plain = draw(panel, unselected, size: area, indicators)
        let clicked = draw(panel, state, size: area, indicators).lines[y - area.y]
        let anchor = min(max(state.selection[panel] ?? rows.lowerBound, rows.lowerBound), rows.upperBound)
        let onScreen = max(rows.lowerBound, anchor - area.height)...min(rows.upperBound, anchor + area.height)
        return onScreen.first { row in
            var probe = state
            probe.selection[panel] = row
            let drawn = draw(panel, probe, size: area, indicators)
            let barred = (0..<area.height).first { line in
                !isBarred(plain, line: line) && isBarred(drawn, line: line)
            }
            return barred.map { drawn.lines[$0] == clicked } ?? false
        }
    }

    private static func draw(_ panel: PanelID, _ state: AppState, size area: Rect, _ indicators: [Indicator]) -> Canvas {
        var canvas = Canvas(width: area.width, height: area.height)
        canvas.render(DashboardView.panel(panel, state: state, riskIndicators: indicators), in: canvas.bounds)
        return canvas
    }

    /// Whether a line has a cell on the selection bar.
    private static func isBarred(_ canvas: Canvas, line: Int) -> Bool {
        (0..<canvas.width).contains { canvas[$0, line].style.background == .selection }
    }
}
