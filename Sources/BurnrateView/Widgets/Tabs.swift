/// A row of titles with the selected one highlighted: " Investors │ Capacity │ Risk ".
/// When they do not all fit, the row starts late enough for the selected title to show.
public struct Tabs: Widget {
    public var titles: [String]
    public var selected: Int
    public var glyphs: Glyphs

    public init(titles: [String], selected: Int, glyphs: Glyphs = .unicode) {
        self.titles = titles
        self.selected = selected
        self.glyphs = glyphs
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let labels = titles.map { " \($0) " }
        let starts = labels.indices.map { index in
            labels[..<index].reduce(0) { $0 + TextWidth.of($1) + 1 }
        }
        var shift = 0
        if titles.indices.contains(selected) {
            let end = starts[selected] + TextWidth.of(labels[selected])
            shift = max(0, min(starts[selected], end - area.width))
        }
        for (index, label) in labels.enumerated() {
            let x = area.x + starts[index] - shift
            let isSelected = index == selected
            let style = isSelected ? Style(.title, on: .selection, [.bold]) : Style(.muted)
            canvas.put(label, x: x, y: area.y, style: style, clip: area)
            if index < labels.count - 1 {
                canvas.put(String(glyphs.separator), x: x + TextWidth.of(label), y: area.y, style: Style(.border), clip: area)
            }
        }
    }
}
