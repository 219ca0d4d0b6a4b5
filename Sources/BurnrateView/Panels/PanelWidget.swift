import BurnrateModel

/// One of the dashboard's panels: it draws from its `PanelInputs` alone, and shares the
/// frame and the bar-list layout with the others.
protocol PanelWidget: Widget, Equatable {
    var inputs: PanelInputs { get }
}

extension PanelWidget {
    var analysis: Analysis { inputs.analysis }
    var baseAnalysis: Analysis? { inputs.baseAnalysis }
    var isFocused: Bool { inputs.isFocused }
    var list: PanelList { inputs.list }
    var glyphs: Glyphs { inputs.glyphs }
    var year: Int? { inputs.year }
    var figures: Figures { Figures(analysis.scenario) }

    /// Draws the panel's frame with its number, title, filter and `rightTitle`; the area inside.
    func drawFrame(_ panel: PanelID, rightTitle: String, in area: Rect, on canvas: inout Canvas) -> Rect {
        PanelFrame.draw(panel, rightTitle: rightTitle, filter: list.filter, isFocused: isFocused, in: area,
                        glyphs: glyphs, on: &canvas)
    }

    /// The body the investors and capacity panels share: the bar list under its header row on
    /// top, `sections` below it, and the `summary` indicators on the last rows when the list
    /// still fits above them; the rows out of view counted on the bottom border. A section
    /// holding the selection takes its rows from the list.
    func drawBarList(_ rows: [BarRow], headers: [String], sections: PanelSections, summary ids: [String],
                     in inner: Rect, on canvas: inout Canvas) {
        // Measured as they are written: `--ascii` spells "≤ 50.0 %" as "<= 50.0 %", a column wider.
        let rows = canvas.isASCIIOnly ? rows.map(\.asciiFolded) : rows
        let headers = canvas.isASCIIOnly ? headers.map { ASCIIText.fold($0) } : headers
        let columns = BarRow.Columns(rows: rows, headers: headers, width: inner.width)
        let summaryIndicators = ids.compactMap(analysis.indicator)
        let pinned = sections.selectionHeight
        let summaryRows = inner.height >= list.height + 1 + pinned + summaryIndicators.count + 1 ? summaryIndicators.count : 0
        let (main, summary) = inner.splitBottom(summaryRows)
        let (listArea, below) = main.splitTop(max(0, min(main.height - pinned, list.height + 1)))
        // A section holding the selection that takes every row leaves the whole list above it.
        let marks = listArea.height == 0 && pinned > 0 ? ScrollMarks(above: list.rows.count)
            : BarRow.drawList(rows, headers: headers, columns: columns, list: list, in: listArea, glyphs: glyphs, on: &canvas)
        if list.selectedRow == .header, listArea.height > 0 {
            canvas.restyle(listArea.splitTop(1).top) { $0.on(.selection) }
        }
        marks.draw(below: inner, glyphs: glyphs, on: &canvas)
        PanelSections.drawHidden(sections.draw(in: below, on: &canvas), below: inner, marks: marks, glyphs: glyphs, on: &canvas)
        for (line, indicator) in summaryIndicators.prefix(summaryRows).enumerated() {
            canvas.render(IndicatorLine(indicator: indicator, figures: figures, glyphs: glyphs, base: baseAnalysis?.indicator(indicator.id)),
                          in: Rect(x: summary.x, y: summary.y + line, width: summary.width, height: 1))
        }
    }
}
