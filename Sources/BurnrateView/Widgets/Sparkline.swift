/// A row (or rows) of bars, one column per value, scaled from zero to the largest value. The
/// newest values are kept when there are more than columns. A missing value (nil) is a gap;
/// any present value, zero included, shows at least the lowest level, so a gap never reads as
/// a zero.
public struct Sparkline: Widget {
    public var values: [Double?]
    /// The value a full-height bar stands for; the largest value when nil.
    public var maximum: Double?
    public var style: Style
    public var glyphs: Glyphs

    public init(values: [Double?], maximum: Double? = nil, style: Style = Style(.accent), glyphs: Glyphs = .unicode) {
        self.values = values
        self.maximum = maximum
        self.style = style
        self.glyphs = glyphs
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let shown = values.suffix(area.width)
        let top = maximum ?? shown.compactMap { $0 }.filter(\.isFinite).max() ?? 0
        let levels = glyphs.sparkLevels.count
        let steps = area.height * levels
        for (offset, value) in shown.enumerated() {
            guard let value else { continue }
            let scaled = top > 0 && value.isFinite ? (max(0, min(value / top, 1)) * Double(steps)).rounded() : 0
            let units = max(1, Int(scaled))
            for row in 0..<area.height {
                let unitsInRow = min(levels, units - row * levels)
                guard unitsInRow > 0 else { break }
                let glyph = String(glyphs.sparkLevels[unitsInRow - 1])
                canvas.put(glyph, x: area.x + offset, y: area.maxY - 1 - row, style: style, clip: area)
            }
        }
    }
}
