/// A bar of `value` out of `maximum`, drawn left to right with eighth-of-a-cell resolution on
/// every row of its area: 0.55 of 10 columns is 44 eighths, "█████▌    ".
public struct HorizontalBar: Widget {
    public var value: Double
    public var maximum: Double
    public var style: Style
    public var fill: BarFill
    /// Draw the empty part with the track glyph in the muted role, so the bar's full length shows.
    public var showsTrack: Bool
    public var glyphs: Glyphs

    public init(value: Double, maximum: Double = 1, style: Style = Style(.accent), fill: BarFill = .solid,
                showsTrack: Bool = false, glyphs: Glyphs = .unicode) {
        self.value = value
        self.maximum = maximum
        self.style = style
        self.fill = fill
        self.showsTrack = showsTrack
        self.glyphs = glyphs
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let segment = StackedBar.Segment(value: value, style: style, fill: fill)
        StackedBar(segments: [segment], maximum: maximum, showsTrack: showsTrack, glyphs: glyphs).render(in: area, on: &canvas)
    }
}
