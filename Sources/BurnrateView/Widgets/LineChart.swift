/// Trend lines drawn with dots: braille gives 2×4 dots per cell, so a 20-column chart has 40
/// points across. Consecutive values are joined by straight lines; a nil breaks the line.
/// Where series cross, the cell takes the style of the series drawn last. A series with a
/// marker shows it at each of its values, so that the lines read apart without colour.
public struct LineChart: Widget {
    public struct Series: Hashable, Sendable {
        public var values: [Double?]
        public var style: Style
        public var marker: Character?

        public init(values: [Double?], style: Style, marker: Character? = nil) {
            self.values = values
            self.style = style
            self.marker = marker
        }
    }

    public var series: [Series]
    /// The values at the bottom and top rows; the smallest and largest values when nil.
    public var range: ClosedRange<Double>?
    public var glyphs: Glyphs

    public init(series: [Series], range: ClosedRange<Double>? = nil, glyphs: Glyphs = .unicode) {
        self.series = series
        self.range = range
        self.glyphs = glyphs
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let dots = glyphs.dots
        let grid = (width: area.width * dots.columnsPerCell, height: area.height * dots.rowsPerCell)
        let all = series.flatMap { $0.values.compactMap { $0 } }.filter(\.isFinite)
        guard let range = range ?? all.min().map({ $0...(all.max() ?? $0) }) else { return }
        var bits = [UInt8](repeating: 0, count: area.width * area.height)
        var styles = [Style](repeating: .plain, count: bits.count)
        func plot(_ x: Int, _ y: Int, _ style: Style) {
            guard x >= 0, x < grid.width, y >= 0, y < grid.height else { return }
            let cell = (y / dots.rowsPerCell) * area.width + x / dots.columnsPerCell
            bits[cell] |= dots.bit(column: x % dots.columnsPerCell, row: y % dots.rowsPerCell)
            styles[cell] = style
        }
        for line in series {
            var previous: (x: Int, y: Int)?
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else {
                    previous = nil
                    continue
                }
                let point = (x: Self.position(index, of: line.values.count, across: grid.width),
                             y: Self.row(value, in: range, rows: grid.height))
                for dot in Self.segment(from: previous ?? point, to: point) { plot(dot.x, dot.y, line.style) }
                previous = point
            }
        }
        for (cell, dotBits) in bits.enumerated() where dotBits != 0 {
            canvas.put(String(dots.character(dotBits)), x: area.x + cell % area.width, y: area.y + cell / area.width,
                       style: styles[cell], clip: area)
        }
        for line in series {
            guard let marker = line.marker else { continue }
            for (index, value) in line.values.enumerated() {
                guard let value, value.isFinite else { continue }
                let x = Self.position(index, of: line.values.count, across: grid.width) / dots.columnsPerCell
                let y = Self.row(value, in: range, rows: grid.height) / dots.rowsPerCell
                canvas.put(String(marker), x: area.x + x, y: area.y + y, style: line.style, clip: area)
            }
        }
    }

    static func position(_ index: Int, of count: Int, across width: Int) -> Int {
        count <= 1 ? 0 : Int((Double(index * (width - 1)) / Double(count - 1)).rounded())
    }

    /// Dot row 0 is the top; a flat range puts everything on the middle row.
    /// Halves are subtracted: the span of two finite doubles can exceed the largest one.
    static func row(_ value: Double, in range: ClosedRange<Double>, rows: Int) -> Int {
        let (top, bottom) = (range.upperBound / 2, range.lowerBound / 2)
        let span = top - bottom
        guard span > 0 else { return (rows - 1) / 2 }
        let fraction = (top - min(max(value, range.lowerBound), range.upperBound) / 2) / span
        return Int((fraction * Double(rows - 1)).rounded())
    }

    /// The dots of a straight line between two points, ends included (Bresenham).
    static func segment(from start: (x: Int, y: Int), to end: (x: Int, y: Int)) -> [(x: Int, y: Int)] {
        let dx = abs(end.x - start.x), dy = -abs(end.y - start.y)
        let stepX = start.x < end.x ? 1 : -1, stepY = start.y < end.y ? 1 : -1
        var error = dx + dy
        var point = start
        var points = [point]
        while point != end {
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                point.x += stepX
            }
            if doubled <= dx {
                error += dx
                point.y += stepY
            }
            points.append(point)
        }
        return points
    }
}
