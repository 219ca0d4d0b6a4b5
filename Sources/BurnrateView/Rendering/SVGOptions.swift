/// The geometry of an SVG picture of a canvas, in user units (pixels at 100 %).
public struct SVGOptions: Hashable, Sendable {
    /// A cell; the font's size is set so that a monospaced font's advance (0.6 em in the
    /// common ones) is the cell's width.
    public var cellWidth: Double
    public var cellHeight: Double
    /// The margin around the grid, in the canvas's background colour.
    public var padding: Double

    public init(cellWidth: Double = 12, cellHeight: Double = 24, padding: Double = 24) {
        self.cellWidth = cellWidth
        self.cellHeight = cellHeight
        self.padding = padding
    }

    var fontSize: Double { cellWidth / 0.6 }
    /// The baseline below the cell's top: the font's line box (1.17 em, the baseline 0.93 em
    /// down: DejaVu Sans Mono's, and close to Menlo's and Consolas's) centred in the cell.
    var baseline: Double { (cellHeight - fontSize * 1.17) / 2 + fontSize * 0.93 }

    static let fontFamily = "'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace"
}
