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
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let eighths = barEighths(value, of: maximum, columns: area.width)
        var row = ""
        var filled = 0
        for _ in 0..<eighths / 8 {
            row.append(fill.character(glyphs))
            filled += 1
        }
        let remainder = eighths % 8
        if remainder > 0 {
            let partial = fill == .solid ? glyphs.bar(eighths: remainder) : (remainder >= 4 ? fill.character(glyphs) : nil)
            if let partial, partial != " " {
                row.append(partial)
                filled += 1
            }
        }
        for y in area.y..<area.maxY {
            canvas.put(row, x: area.x, y: y, style: style, clip: area)
            let rest = Rect(x: area.x + filled, y: y, width: area.width - filled, height: 1)
            canvas.fill(rest, with: showsTrack ? glyphs.track : " ", style: showsTrack ? Style(.muted) : .plain)
        }
    }
}
