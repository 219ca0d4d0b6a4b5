/// One bar split into segments laid end to end: an investor's firm part and "up to" part,
/// cash and share swap. Each segment has its own style and fill, so the parts read apart in
/// colour and in monochrome. Where two solid segments meet inside a cell, the cell shows both
/// (the left one's eighths over the right one's colour); elsewhere a shared cell goes to the
/// segment covering most of it.
public struct StackedBar: Widget {
    public struct Segment: Hashable, Sendable {
        public var value: Double
        public var style: Style
        public var fill: BarFill

        public init(value: Double, style: Style, fill: BarFill = .solid) {
            self.value = value
            self.style = style
            self.fill = fill
        }
    }

    public var segments: [Segment]
    /// The value the whole width stands for; the sum of the segments when nil.
    public var maximum: Double?
    public var glyphs: Glyphs

    public init(segments: [Segment], maximum: Double? = nil, glyphs: Glyphs = .unicode) {
        self.segments = segments
        self.maximum = maximum
        self.glyphs = glyphs
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let values = segments.map { max(0, $0.value.isFinite ? $0.value : 0) }
        let total = maximum ?? values.reduce(0, +)
        // Segment i covers eighths ends[i]..<ends[i+1]; rounding the running sums, not each
        // segment, keeps the whole bar exactly as long as the total.
        var ends = [0]
        var running = 0.0
        for value in values {
            running += value
            ends.append(barEighths(running, of: total, columns: area.width))
        }
        for column in 0..<area.width {
            let cell = cell(at: column, ends: ends)
            for y in area.y..<area.maxY {
                canvas.put(String(cell.character), x: area.x + column, y: y, style: cell.style, clip: area)
            }
        }
    }

    private func cell(at column: Int, ends: [Int]) -> (character: Character, style: Style) {
        let start = column * 8
        let covered: [(index: Int, eighths: Int)] = segments.indices.compactMap { index in
            let eighths = min(ends[index + 1], start + 8) - max(ends[index], start)
            return eighths > 0 ? (index, eighths) : nil
        }
        guard let first = covered.first else { return (" ", .plain) }
        let firstSegment = segments[first.index]
        if first.eighths == 8 { return (firstSegment.fill.character(glyphs), firstSegment.style) }
        if covered.count == 1 && ends[first.index] <= start && firstSegment.fill == .solid {
            return (glyphs.bar(eighths: first.eighths) ?? " ", firstSegment.style)
        }
        if covered.count >= 2 && glyphs.splitsCells && ends[first.index] <= start,
           firstSegment.fill == .solid, segments[covered[1].index].fill == .solid,
           let partial = glyphs.bar(eighths: first.eighths) {
            return (partial, firstSegment.style.on(segments[covered[1].index].style.foreground))
        }
        let filled = covered.reduce(0) { $0 + $1.eighths }
        guard filled >= 4, let widest = covered.max(by: { $0.eighths < $1.eighths }) else { return (" ", .plain) }
        let segment = segments[widest.index]
        return (segment.fill.character(glyphs), segment.style)
    }
}
