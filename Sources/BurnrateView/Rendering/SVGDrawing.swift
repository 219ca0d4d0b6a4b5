/// The shapes of an SVG picture gathered by colour, in the order first drawn, and joined where
/// they touch: a bar of full blocks is one rectangle, a border one line, and nothing between
/// two cells can show through as a hairline when the picture is scaled.
struct SVGDrawing {
    struct Stroke: Hashable {
        var color: RGB
        var thickness: Double
    }

    private(set) var backgrounds = Groups<RGB, Rectangle>()
    private(set) var blocks = Groups<RGB, Rectangle>()
    private(set) var lines = Groups<Stroke, StraightLine>()
    private(set) var curves = Groups<Stroke, String>()
    private(set) var dots = Groups<RGB, (x: Double, y: Double, radius: Double)>()

    mutating func addBackground(_ rectangle: Rectangle, _ color: RGB) {
        backgrounds.append(rectangle, to: color)
    }

    mutating func add(_ shapes: [CellShape], foreground: RGB, background: RGB) {
        for shape in shapes {
            switch shape {
            case let .rect(rectangle, opacity):
                blocks.append(rectangle, to: opacity < 1 ? foreground.blended(over: background, opacity: opacity) : foreground)
            case let .line(line):
                lines.append(line, to: Stroke(color: foreground, thickness: line.thickness))
            case let .curve(path, thickness):
                curves.append(path, to: Stroke(color: foreground, thickness: thickness))
            case let .dot(x, y, radius):
                dots.append((x, y, radius), to: foreground)
            }
        }
    }

    /// Backgrounds, blocks and straight lines: edges on the grid, drawn without anti-aliasing.
    var crispSVG: String {
        var output = ""
        for group in [backgrounds, blocks] {
            for (color, rectangles) in group.entries {
                for rectangle in Self.joined(rectangles) {
                    output += "<rect x=\"\(n(rectangle.x))\" y=\"\(n(rectangle.y))\" width=\"\(n(rectangle.width))\" "
                        + "height=\"\(n(rectangle.height))\" fill=\"\(color.hex)\"/>\n"
                }
            }
        }
        for (stroke, strokeLines) in lines.entries {
            let data = Self.joined(strokeLines).map { line in
                line.isHorizontal ? "M\(n(line.start)) \(n(line.at))H\(n(line.end))" : "M\(n(line.at)) \(n(line.start))V\(n(line.end))"
            }
            output += "<path d=\"\(data.joined())\" fill=\"none\" stroke=\"\(stroke.color.hex)\" stroke-width=\"\(n(stroke.thickness))\"/>\n"
        }
        return output
    }

    /// Rounded corners, diagonals and braille dots, anti-aliased.
    var smoothSVG: String {
        var output = ""
        for (stroke, paths) in curves.entries {
            output += "<path d=\"\(paths.joined())\" fill=\"none\" stroke=\"\(stroke.color.hex)\" stroke-width=\"\(n(stroke.thickness))\"/>\n"
        }
        for (color, colorDots) in dots.entries {
            for dot in colorDots {
                output += "<circle cx=\"\(n(dot.x))\" cy=\"\(n(dot.y))\" r=\"\(n(dot.radius))\" fill=\"\(color.hex)\"/>\n"
            }
        }
        return output
    }

    private func n(_ value: Double) -> String { SVGNumber.text(value) }

    /// Tolerance for edges that meet: cell geometry is sums of products of the same sizes.
    private static let touching = 1e-6

    /// Rectangles side by side of the same height joined across, then those of the same width
    /// joined down; top to bottom, left to right.
    static func joined(_ rectangles: [Rectangle]) -> [Rectangle] {
        let across = merged(rectangles, key: { ($0.y, $0.height) }, start: \.x, length: \.width)
        return merged(across, key: { ($0.x, $0.width) }, start: \.y, length: \.height)
            .sorted { ($0.y, $0.x) < ($1.y, $1.x) }
    }

    private static func merged(_ rectangles: [Rectangle], key: (Rectangle) -> (Double, Double),
                               start: WritableKeyPath<Rectangle, Double>, length: WritableKeyPath<Rectangle, Double>) -> [Rectangle] {
        var result: [Rectangle] = []
        let sorted = rectangles.sorted { (key($0).0, key($0).1, $0[keyPath: start]) < (key($1).0, key($1).1, $1[keyPath: start]) }
        for rectangle in sorted {
            if let last = result.last, key(last) == key(rectangle),
               rectangle[keyPath: start] <= last[keyPath: start] + last[keyPath: length] + touching {
                let end = max(last[keyPath: start] + last[keyPath: length], rectangle[keyPath: start] + rectangle[keyPath: length])
                result[result.count - 1][keyPath: length] = end - last[keyPath: start]
            } else {
                result.append(rectangle)
            }
        }
        return result
    }

    /// Lines on one axis at one place that meet or overlap joined into one; in order.
    static func joined(_ lines: [StraightLine]) -> [StraightLine] {
        var result: [StraightLine] = []
        let sorted = lines.sorted { ($0.isHorizontal ? 0 : 1, $0.at, $0.start) < ($1.isHorizontal ? 0 : 1, $1.at, $1.start) }
        for line in sorted {
            if let last = result.last, last.isHorizontal == line.isHorizontal, last.at == line.at,
               line.start <= last.end + touching {
                result[result.count - 1].end = max(last.end, line.end)
            } else {
                result.append(line)
            }
        }
        return result
    }
}

/// Values gathered under keys, the keys in the order first seen: a picture comes out the same
/// on every run, whatever order a dictionary would give.
struct Groups<Key: Hashable, Value> {
    private var keys: [Key] = []
    private var values: [Key: [Value]] = [:]

    mutating func append(_ value: Value, to key: Key) {
        if values[key] == nil { keys.append(key) }
        values[key, default: []].append(value)
    }

    var entries: [(Key, [Value])] { keys.map { ($0, values[$0]!) } }
}
