/// Something that draws itself into part of a canvas, as in ratatui. Widgets are values built
/// afresh for every frame; `render` writes only inside `area` (clipped to the canvas) and
/// draws what fits, or nothing, however small or odd the area.
public protocol Widget: Sendable {
    func render(in area: Rect, on canvas: inout Canvas)
}

extension Canvas {
    /// Draws `widget` into `area`: reads well at call sites that draw several widgets.
    public mutating func render(_ widget: some Widget, in area: Rect) {
        widget.render(in: area, on: &self)
    }
}
