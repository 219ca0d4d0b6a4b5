/// A cell's box on the picture, in user units: column × width, row × height.
struct CellBox {
    let x: Double
    let y: Double
    let width: Double
    let height: Double

    var centerX: Double { x + width / 2 }
    var centerY: Double { y + height / 2 }
    /// Line weights follow the cell's width, as a terminal font's box drawing does.
    var light: Double { width / 6 }
    var heavy: Double { width / 3 }
    /// How far each line of a double line is from the centre line.
    var doubleOffset: Double { width / 6 }
}

/// What a box-drawing, block or braille character is drawn as instead of a glyph, so that
/// neighbouring cells meet edge to edge whatever the font and the zoom.
enum CellShape: Hashable {
    /// Filled with the cell's foreground at `opacity` over its background (shades are below 1).
    case rect(Rectangle, opacity: Double)
    case line(StraightLine)
    /// A stroked path (rounded corners, diagonals), its data in absolute units.
    case curve(String, thickness: Double)
    case dot(x: Double, y: Double, radius: Double)
}

struct Rectangle: Hashable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double
}

/// A line along one axis, its stroke centred on `at` (y for a horizontal line, x for a
/// vertical one), from `start` to `end` along the axis, `start` < `end`.
struct StraightLine: Hashable {
    var isHorizontal: Bool
    var at: Double
    var start: Double
    var end: Double
    var thickness: Double
}
