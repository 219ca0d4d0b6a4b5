import BurnrateModel

/// Year-end cash across the paths as a fan: the P5–P95 band in a light shade, P25–P75 in a
/// darker one, the median (`*` at each year) and the projection's own path (`o`) as lines, and
/// the zero line marked on the axis, money on the left and the years underneath. The shades and
/// markers read without colour; a selected year has its label in reverse.
struct FanChart: Widget {
    let years: [SimulatedYear]
    let figures: Figures
    var selectedYear: Int?
    let glyphs: Glyphs

    static let medianMarker: Character = "*"
    static let projectionMarker: Character = "o"

    /// The legend's items, in the order they are drawn under.
    func legend() -> Legend {
        Legend(items: [
            StyledText("\(glyphs.lightShade) P5–P95", style: Self.outerStyle),
            StyledText("\(glyphs.mediumShade) P25–P75", style: Self.innerStyle),
            StyledText("\(Self.medianMarker) median", style: Self.medianStyle),
            StyledText("\(Self.projectionMarker) projection", style: Self.projectionStyle),
            StyledText("\(glyphs.track) zero", style: Self.zeroStyle),
        ])
    }

    static let outerStyle = Style(.series(0))
    static let innerStyle = Style(.series(0), [.bold])
    static let medianStyle = Style(.text, [.bold])
    static let projectionStyle = Style(.accent, [.bold])
    static let zeroStyle = Style(.alert)

    /// Bottom to top: every quantile, the projection, and zero.
    var range: ClosedRange<Double>? {
        let values = years.flatMap { [$0.cash.p5, $0.cash.p95] + ($0.deterministicCash.map { [$0] } ?? []) }.filter(\.isFinite) + [0]
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard area.height >= 3, !years.isEmpty, let range else { return }
        let (plotRows, axisRow) = area.splitBottom(1)
        let labels = [range.upperBound, 0, range.lowerBound].map(figures.money)
        let labelWidth = labels.map { TextWidth.of($0) }.max() ?? 0
        let (axis, plot) = plotRows.splitLeft(labelWidth + 2)
        guard plot.width >= years.count else { return }
        let rows = plot.height * glyphs.dots.rowsPerCell
        func row(_ value: Double) -> Int { LineChart.row(value, in: range, rows: rows) / glyphs.dots.rowsPerCell }
        let columns = years.indices.map { LineChart.position($0, of: years.count, across: plot.width) }
        for x in 0..<plot.width {
            let cash = interpolated(at: x, columns: columns)
            drawBand(cash.p5, cash.p95, glyph: glyphs.lightShade, style: Self.outerStyle, x: plot.x + x, row: row, plot: plot, on: &canvas)
            drawBand(cash.p25, cash.p75, glyph: glyphs.mediumShade, style: Self.innerStyle, x: plot.x + x, row: row, plot: plot, on: &canvas)
        }
        let zero = row(0)
        for x in plot.x..<plot.maxX where canvas[x, plot.y + zero].character == " " {
            canvas.put(String(glyphs.track), x: x, y: plot.y + zero, style: Self.zeroStyle, clip: plot)
        }
        let lines = LineChart(series: [
            .init(values: years.map(\.deterministicCash), style: Self.projectionStyle, marker: Self.projectionMarker),
            .init(values: years.map(\.cash.p50), style: Self.medianStyle, marker: Self.medianMarker),
        ], range: range, glyphs: glyphs)
        lines.render(in: plot, on: &canvas)
        drawAxis(labels, zeroRow: zero, rows: plot.height, in: axis, on: &canvas)
        drawYears(columns: columns, plot: plot, in: axisRow, on: &canvas)
    }

    /// The quantiles at column `x`, straight between the year-end values either side of it.
    private func interpolated(at x: Int, columns: [Int]) -> Quantiles {
        guard let after = columns.firstIndex(where: { $0 >= x }) else { return years[years.count - 1].cash }
        guard after > 0, columns[after] != x else { return years[after].cash }
        let (a, b) = (years[after - 1].cash, years[after].cash)
        let t = Double(x - columns[after - 1]) / Double(columns[after] - columns[after - 1])
        func mix(_ u: Double, _ v: Double) -> Double { u + (v - u) * t }
        return Quantiles(p5: mix(a.p5, b.p5), p25: mix(a.p25, b.p25), p50: mix(a.p50, b.p50), p75: mix(a.p75, b.p75), p95: mix(a.p95, b.p95))
    }

    private func drawBand(_ low: Double, _ high: Double, glyph: Character, style: Style, x: Int, row: (Double) -> Int,
                          plot: Rect, on canvas: inout Canvas) {
        guard low.isFinite, high.isFinite else { return }
        for line in row(max(low, high))...row(min(low, high)) {
            canvas.put(String(glyph), x: x, y: plot.y + line, style: style, clip: plot)
        }
    }

    /// The top, zero and bottom values beside their rows, zero with a tick; a label that
    /// would share a row with zero's gives way to it.
    private func drawAxis(_ labels: [String], zeroRow: Int, rows: Int, in axis: Rect, on canvas: inout Canvas) {
        let placed = [(labels[1], zeroRow), (labels[0], 0), (labels[2], rows - 1)]
        var used = Set<Int>()
        for (label, line) in placed where used.insert(line).inserted {
            canvas.put(label, x: axis.maxX - 2 - TextWidth.of(label), y: axis.y + line, style: Style(.muted), clip: axis)
        }
        for line in 0..<rows {
            let tick = line == zeroRow ? glyphs.track : glyphs.border.vertical
            canvas.put(String(tick), x: axis.maxX - 1, y: axis.y + line, style: line == zeroRow ? Self.zeroStyle : Style(.border), clip: axis)
        }
    }

    /// Each year under its column, centred there; one that would run into the one before is left out.
    private func drawYears(columns: [Int], plot: Rect, in row: Rect, on canvas: inout Canvas) {
        var free = row.x
        for (year, column) in zip(years.map(\.year), columns) {
            let label = String(year)
            let width = TextWidth.of(label)
            let x = min(max(plot.x + column - width / 2, plot.x), plot.maxX - width)
            guard x >= free else { continue }
            let style = year == selectedYear ? Style(.text, [.bold, .reverse]) : Style(.muted)
            free = canvas.put(label, x: x, y: row.y, style: style, clip: row) + 1
        }
    }
}
