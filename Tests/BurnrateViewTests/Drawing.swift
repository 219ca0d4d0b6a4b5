@testable import BurnrateView

/// A blank canvas of the given size with `widget` drawn over all of it.
func draw(_ widget: some Widget, width: Int, height: Int = 1) -> Canvas {
    var canvas = Canvas(width: width, height: height)
    widget.render(in: canvas.bounds, on: &canvas)
    return canvas
}
