/// One row of a panel list: a name, a bar, and figures in right-aligned columns, with the
/// columns that do not fit dropped from the right.
struct BarRow {
    var name: String
    var nameStyle: Style
    var bar: StackedBar?
    /// Shown in place of the bar when there is none ("undisclosed").
    var barText: String
    var figures: [Table.Cell]

    /// The row as `--ascii` writes it, for measuring its columns before drawing.
    var asciiFolded: BarRow {
        var folded = self
        folded.name = ASCIIText.fold(name)
        folded.barText = ASCIIText.fold(barText)
        folded.figures = figures.map(\.asciiFolded)
        return folded
    }

    /// Column widths for a set of rows: names up to `maxName` wide, each figure column as wide as
    /// its widest entry; figure columns are dropped from the right until a bar of 6 fits.
    struct Columns {
        var name: Int
        var bar: Int
        var figures: [Int]

        init(rows: [BarRow], headers: [String], width: Int, maxName: Int = 18) {
            var nameWidth = min(maxName, max(TextWidth.of(headers.first ?? ""), rows.map { TextWidth.of($0.name) }.max() ?? 0))
            var figureWidths = headers.dropFirst(2).enumerated().map { index, header in
                max(TextWidth.of(header), rows.map { index < $0.figures.count ? TextWidth.of($0.figures[index].text) : 0 }.max() ?? 0)
            }
            func barRoom() -> Int { width - nameWidth - 1 - figureWidths.reduce(0) { $0 + $1 + 1 } }
            while barRoom() < 6, !figureWidths.isEmpty { figureWidths.removeLast() }
            var barWidth = max(0, barRoom() - 1)
            if barWidth < 3 {
                nameWidth = max(3, nameWidth + barWidth)
                barWidth = 0
            }
            name = nameWidth
            bar = barWidth
            figures = figureWidths
        }
    }

    static func drawHeader(_ headers: [String], columns: Columns, x: Int, y: Int, clip: Rect, on canvas: inout Canvas) {
        let style = Style(.muted, [.bold])
        canvas.put(headers.first ?? "", x: x, y: y, style: style, clip: clip)
        if columns.bar > 0, headers.count > 1 {
            let barHeader = Rect(x: x + columns.name + 1, y: y, width: columns.bar, height: 1).intersection(clip)
            canvas.put(headers[1], x: barHeader.x, y: y, style: style, clip: barHeader)
        }
        var right = x + columns.name + 1 + (columns.bar > 0 ? columns.bar + 1 : 0)
        for (index, width) in columns.figures.enumerated() where index + 2 < headers.count {
            let header = headers[index + 2]
            canvas.put(header, x: right + width - TextWidth.of(header), y: y, style: style, clip: clip)
            right += width + 1
        }
    }

    /// A panel's list: the column headers, then the rows its filter leaves; how many rows are
    /// left out above and below.
    static func drawList(_ rows: [BarRow], headers: [String], columns: Columns, list: PanelList, in area: Rect,
                         glyphs: Glyphs, on canvas: inout Canvas) -> ScrollMarks {
        guard area.height > 0 else { return ScrollMarks(below: list.rows.count) }
        drawHeader(headers, columns: columns, x: area.x, y: area.y, clip: area, on: &canvas)
        return list.draw(in: area.splitTop(1).rest, on: &canvas) { index, line, canvas in
            rows[index].draw(columns: columns, x: line.x, y: line.y, clip: area, glyphs: glyphs, on: &canvas)
        }
    }

    func draw(columns: Columns, x: Int, y: Int, clip: Rect, glyphs: Glyphs, on canvas: inout Canvas) {
        let shownName = Truncation.fit(name, in: columns.name, ellipsis: glyphs.ellipsis)
        canvas.put(shownName, x: x, y: y, style: nameStyle, clip: clip)
        var right = x + columns.name + 1
        if columns.bar > 0 {
            let barArea = Rect(x: right, y: y, width: columns.bar, height: 1).intersection(clip)
            if let bar {
                canvas.render(bar, in: barArea)
            } else {
                canvas.put(Truncation.fit(barText, in: columns.bar, ellipsis: glyphs.ellipsis), x: right, y: y,
                           style: Style(.muted, [.italic]), clip: barArea)
            }
            right += columns.bar + 1
        }
        for (index, width) in columns.figures.enumerated() where index < figures.count {
            let figure = figures[index]
            canvas.put(figure.text, x: right + width - TextWidth.of(figure.text), y: y, style: figure.style, clip: clip)
            right += width + 1
        }
    }
}
