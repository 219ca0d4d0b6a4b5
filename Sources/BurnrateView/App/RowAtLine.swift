/// Which selectable row of a panel a click on one of its lines stands on, found by drawing the
/// panel rather than by a second copy of its layout: each row, selected in turn, is drawn on a
/// bar, and the row whose barred line reads like the clicked line is the one clicked. The
/// panels scroll to their selection, so a row may sit elsewhere once selected; its text does
/// not move with it. Runs once per click, never per key.
enum RowAtLine {
    static func selection(_ panel: PanelID, line y: Int, in state: AppState) -> Int? {
        guard let area = state.layout.panels[panel], let rows = state.selectableRows(panel), area.contains(x: area.x, y: y) else {
            return nil
        }
        var unselected = state
        unselected.selection[panel] = nil
        let plain = draw(panel, unselected, size: area)
        let clicked = draw(panel, state, size: area).lines[y - area.y]
        return rows.first { row in
            var probe = state
            probe.selection[panel] = row
            let drawn = draw(panel, probe, size: area)
            let barred = (0..<area.height).first { line in
                !isBarred(plain, line: line) && isBarred(drawn, line: line)
            }
            return barred.map { drawn.lines[$0] == clicked } ?? false
        }
    }

    private static func draw(_ panel: PanelID, _ state: AppState, size area: Rect) -> Canvas {
        var canvas = Canvas(width: area.width, height: area.height)
        canvas.render(DashboardView.panel(panel, state: state, riskIndicators: DashboardView.riskIndicators(state)), in: canvas.bounds)
        return canvas
    }

    /// Whether a line has a cell on the selection bar.
    private static func isBarred(_ canvas: Canvas, line: Int) -> Bool {
        (0..<canvas.width).contains { canvas[$0, line].style.background == .selection }
    }
}
