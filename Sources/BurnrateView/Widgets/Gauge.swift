/// A labelled ratio on one row: label, bar with its track, then the value ("Power ████▌── 55%").
/// When the row is short the label goes first, then the value; the bar stays.
public struct Gauge: Widget {
    public var ratio: Double
    public var label: String
    /// What is written after the bar; the ratio as a whole percentage when nil.
    public var valueText: String?
    public var style: Style
    public var glyphs: Glyphs

    public init(ratio: Double, label: String = "", valueText: String? = nil, style: Style = Style(.accent),
                glyphs: Glyphs = .unicode) {
        self.ratio = ratio
        self.label = label
        self.valueText = valueText
        self.style = style
        self.glyphs = glyphs
    }

    var shownValue: String {
        valueText ?? (ratio.isFinite ? "\(Int((ratio * 100).rounded()))%" : "–")
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let row = Rect(x: area.x, y: area.y, width: area.width, height: 1)
        let labelWidth = label.isEmpty ? 0 : TextWidth.of(label) + 1
        let valueWidth = TextWidth.of(shownValue) + 1
        let minimumBar = 3
        let showsValue = area.width >= valueWidth + minimumBar
        let showsLabel = showsValue && area.width >= labelWidth + valueWidth + minimumBar
        var bar = row
        if showsLabel {
            canvas.put(label, x: row.x, y: row.y, style: Style(.text), clip: row)
            bar = bar.splitLeft(labelWidth).rest
        }
        if showsValue {
            canvas.put(" " + shownValue, x: row.maxX - valueWidth, y: row.y, style: Style(.text, [.bold]), clip: row)
            bar = bar.splitLeft(bar.width - valueWidth).left
        }
        HorizontalBar(value: ratio, maximum: 1, style: style, showsTrack: true, glyphs: glyphs).render(in: bar, on: &canvas)
    }
}
