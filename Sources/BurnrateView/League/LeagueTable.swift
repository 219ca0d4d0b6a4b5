import BurnrateModel

/// The league table as text: the indicators down the side, a column per scenario headed by its
/// id, the worst in each row marked. Scenarios the width does not hold go on in blocks below,
/// each with the indicators again; then what the marks mean and why a cell has no figure. The
/// dashboard's league view, a deck's league slide and `burnrate league` all draw this.
public struct LeagueTable: Widget {
    let league: League
    let glyphs: Glyphs
    /// Indices of the scenario columns each block holds.
    let blocks: [[Int]]
    let labelWidth: Int
    /// Each scenario column's width, its mark not counted.
    let columnWidths: [Int]
    private let labels: [String]
    private let notes: Paragraph
    private let width: Int

    /// Columns before each scenario's figures; the mark after a figure keeps a column of its
    /// own before it, so two ids stand at least three apart.
    static let spacing = 1

    /// Laid out for `width` columns.
    public init(league: League, width: Int, glyphs: Glyphs) {
        self.league = league
        self.glyphs = glyphs
        let isASCII = glyphs == .ascii
        let measure = { (text: String) in TextWidth.of(isASCII ? ASCIIText.fold(text) : text) }
        labels = league.rows.map { IndicatorLabels.short(id: $0.id, name: $0.name) }
        labelWidth = min(labels.map(measure).max() ?? 0, max(12, width / 3))
        columnWidths = league.columns.indices.map { index in
            league.rows.map { measure($0.cells[index].text) }.reduce(measure(league.columns[index].id), max)
        }
        let markWidth = 1 + TextWidth.of(Self.mark(glyphs))
        var blocks: [[Int]] = []
        var used = labelWidth
        for index in league.columns.indices {
            let needed = Self.spacing + columnWidths[index] + markWidth
            if blocks.isEmpty || used + needed > width {
                blocks.append([])
                used = labelWidth
            }
            blocks[blocks.count - 1].append(index)
            used += needed
        }
        self.blocks = blocks
        let mark = Self.mark(glyphs)
        let lines = [League.legend(mark: mark)] + league.notes.map { FigureFormat.notAvailable + " " + League.line($0) }
        notes = Paragraph(lines.joined(separator: "\n"), style: Style(.muted))
        self.width = width
    }

    static func mark(_ glyphs: Glyphs) -> String {
        glyphs == .ascii ? League.asciiWorstMark : League.worstMark
    }

    /// Rows the table takes: each block's head and rows, a blank row after each, then the notes.
    public var height: Int {
        blocks.count * (league.rows.count + 2) + notes.lineCount(width: width)
    }

    /// The table as plain lines `width` columns wide at most, as `burnrate league` prints it.
    public static func text(_ league: League, width: Int, glyphs: Glyphs) -> String {
        let table = LeagueTable(league: league, width: width, glyphs: glyphs)
        var canvas = Canvas(width: width, height: table.height)
        canvas.isASCIIOnly = glyphs == .ascii
        canvas.render(table, in: canvas.bounds)
        return CanvasRenderer.text(canvas)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let mark = Self.mark(glyphs)
        var y = area.y
        for block in blocks {
            var x = area.x + labelWidth
            for index in block {
                x += Self.spacing
                let end = x + columnWidths[index]
                let id = Truncation.fit(league.columns[index].id, in: columnWidths[index], ellipsis: glyphs.ellipsis)
                canvas.put(id, x: end - TextWidth.of(id), y: y, style: Style(.title, [.bold]), clip: area)
                for (row, line) in zip(league.rows, (y + 1)...) {
                    let cell = row.cells[index]
                    let text = canvas.isASCIIOnly ? ASCIIText.fold(cell.text) : cell.text
                    let style = cell.value == nil || cell.isHidden ? Style(.muted) : LevelBadge(level: cell.level, glyphs: glyphs).figureStyle
                    canvas.put(text, x: end - TextWidth.of(text), y: line, style: style, clip: area)
                    if cell.isWorst { canvas.put(mark, x: end + 1, y: line, style: Style(.alert, [.bold]), clip: area) }
                }
                x = end + 1 + TextWidth.of(mark)
            }
            for (label, line) in zip(labels, (y + 1)...) {
                canvas.put(Truncation.fit(label, in: labelWidth, ellipsis: glyphs.ellipsis), x: area.x, y: line, clip: area)
            }
            y += league.rows.count + 2
        }
        canvas.render(notes, in: Rect(x: area.x, y: y, width: area.width, height: max(0, area.maxY - y)))
    }
}
