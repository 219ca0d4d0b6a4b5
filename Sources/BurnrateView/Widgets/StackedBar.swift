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
    /// Draw the empty part with the track glyph in the muted role, so the bar's full length shows.
    public var showsTrack: Bool
    public var glyphs: Glyphs

    public init(segments: [Segment], maximum: Double? = nil, showsTrack: Bool = false, glyphs: Glyphs = .unicode) {
        self.segments = segments
        self.maximum = maximum
        self.showsTrack = showsTrack
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
            ends.append(Self.eighths(running, of: total, columns: area.width))
        }
        let empty = showsTrack ? (glyphs.track, Style(.muted)) : (Character(" "), Style.plain)
        for column in 0..<area.width {
            let cell = cell(at: column, ends: ends) ?? empty
            for y in area.y..<area.maxY {
                canvas.put(String(cell.character), x: area.x + column, y: y, style: cell.style, clip: area)
            }
        }
    }

    /// What one cell shows, nil when it is (nearly) empty. Segments cover the bar from the left
    /// without gaps, so the first segment in a cell starts at or before the cell's left edge.
    private func cell(at column: Int, ends: [Int]) -> (character: Character, style: Style)? {
        let start = column * 8
        let covered: [(segment: Segment, eighths: Int)] = segments.indices.compactMap { index in
            let eighths = min(ends[index + 1], start + 8) - max(ends[index], start)
            return eighths > 0 ? (segments[index], eighths) : nil
        }
        guard let first = covered.first else { return nil }
        if first.eighths == 8 { return (first.segment.fill.character(glyphs), first.segment.style) }
        if covered.count == 1 && first.segment.fill == .solid {
            return glyphs.bar(eighths: first.eighths).flatMap { $0 == " " ? nil : ($0, first.segment.style) }
        }
        if covered.count >= 2 && glyphs.splitsCells && first.segment.fill == .solid && covered[1].segment.fill == .solid,
           let partial = glyphs.bar(eighths: first.eighths) {
            return (partial, first.segment.style.on(covered[1].segment.style.foreground))
        }
        let filled = covered.reduce(0) { $0 + $1.eighths }
        guard filled >= 4, let widest = covered.max(by: { $0.eighths < $1.eighths }) else { return nil }
        return (widest.segment.fill.character(glyphs), widest.segment.style)
    }

    /// How many eighths of a cell `value / maximum` of `columns` cells fills, rounded to the
    /// nearest eighth and kept within the bar; nothing for a value or maximum that is not a
    /// positive finite number.
    static func eighths(_ value: Double, of maximum: Double, columns: Int) -> Int {
        guard maximum > 0, maximum.isFinite, value.isFinite, value > 0, columns > 0 else { return 0 }
        let eighths = (min(value / maximum, 1) * Double(columns * 8)).rounded()
        return Int(eighths)
    }
}
