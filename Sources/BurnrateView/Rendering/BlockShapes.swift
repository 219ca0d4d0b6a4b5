/// The block elements (U+2580–259F) as rectangles in eighths of the cell, and braille
/// (U+2800–28FF) as its dots.
enum BlockShapes {
    /// The shapes of `scalar`, nil when it is neither a block element nor braille.
    static func shapes(_ scalar: UInt32, in box: CellBox) -> [CellShape]? {
        switch scalar {
        case 0x2591...0x2593:
            return [.rect(Rectangle(x: box.x, y: box.y, width: box.width, height: box.height),
                          opacity: Double(scalar - 0x2590) / 4)]
        case 0x2580...0x259F:
            return eighths(scalar).map { left, top, right, bottom in
                let (column, row) = (box.width / 8, box.height / 8)
                return .rect(Rectangle(x: box.x + column * Double(left), y: box.y + row * Double(top),
                                       width: column * Double(right - left), height: row * Double(bottom - top)), opacity: 1)
            }
        case 0x2800...0x28FF:
            return dots(UInt8(scalar - 0x2800), in: box)
        default:
            return nil
        }
    }

    /// Left, top, right and bottom of each rectangle of a block element, in eighths.
    private static func eighths(_ scalar: UInt32) -> [(Int, Int, Int, Int)] {
        switch scalar {
        case 0x2580: return [(0, 0, 8, 4)]
        case 0x2581...0x2588: return [(0, 0x2588 - Int(scalar), 8, 8)]       // lower eighths to full
        case 0x2589...0x258F: return [(0, 0, 0x2590 - Int(scalar), 8)]       // left seven eighths to one
        case 0x2590: return [(4, 0, 8, 8)]
        case 0x2594: return [(0, 0, 8, 1)]
        case 0x2595: return [(7, 0, 8, 8)]
        default: break
        }
        // Quadrants: bit 0 upper left, 1 upper right, 2 lower left, 3 lower right.
        let quadrants: [UInt8] = [0b0100, 0b1000, 0b0001, 0b1101, 0b1001, 0b0111, 0b1011, 0b0010, 0b0110, 0b1110]
        let bits = quadrants[Int(scalar - 0x2596)]
        return [(0, 0, 4, 4), (4, 0, 8, 4), (0, 4, 4, 8), (4, 4, 8, 8)].enumerated()
            .filter { bits & 1 << $0.offset != 0 }.map(\.element)
    }

    /// Braille numbers its dots 1-2-3-7 down the left column and 4-5-6-8 down the right,
    /// bits 0 to 7; each dot sits in the middle of its quarter-height, half-width slot.
    private static func dots(_ bits: UInt8, in box: CellBox) -> [CellShape] {
        let places = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]
        let radius = min(box.width / 4, box.height / 8) * 0.8
        return places.enumerated().filter { bits & 1 << $0.offset != 0 }.map { _, place in
            .dot(x: box.x + box.width * (Double(place.0) + 0.5) / 2, y: box.y + box.height * (Double(place.1) + 0.5) / 4,
                 radius: radius)
        }
    }
}
