/// One column of one row. A wide character (CJK, most emoji) takes two cells: the first holds
/// it with `width` 2, the second is a continuation with `width` 0 that draws nothing.
///
/// Eight bytes and trivially copyable, so that a canvas fills, copies and compares like plain
/// memory (a frame is 7,680 of them). Bit by bit, from the lowest:
/// - 0..<22, the glyph: a Unicode scalar value (below 0x110000), or 0x110000 plus the number
///   `InternedGraphemes` gave a grapheme of several scalars (an emoji ZWJ sequence, a flag, a
///   letter with a combining mark);
/// - 22..<24, the width in columns (0, 1 or 2);
/// - 24..<32, the `TextAttributes`;
/// - 32..<48 and 48..<64, the foreground and background roles (`Role.cellCode`).
///
/// Two cells are equal when their bits are: the same scalars in the same look. (A `Character`
/// compares canonically, so "é" as one scalar and as "e" with a combining accent would be
/// equal characters; as cells they differ, which can only cost a redraw.)
public struct Cell: Hashable, Sendable {
    @usableFromInline var bits: UInt64

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.init(glyph: Self.glyph(of: character), styleBits: Self.styleBits(style), width: width)
    }

    @inlinable init(glyph: UInt32, styleBits: UInt64, width: UInt8) {
        precondition(width <= 2, "a cell is 0, 1 or 2 columns wide")
        bits = UInt64(glyph) | UInt64(width) << Self.widthShift | styleBits << Self.styleShift
    }

    public var character: Character {
        get {
            let glyph = self.glyph
            guard glyph >= Self.firstInterned else { return Character(Unicode.Scalar(glyph)!) }
            return InternedGraphemes.character(numbered: glyph - Self.firstInterned)
        }
        set {
            bits = bits & ~Self.glyphMask | UInt64(Self.glyph(of: newValue))
        }
    }

    public var style: Style {
        get {
            let code = bits >> Self.styleShift
            return Style(Role(cellCode: UInt16(truncatingIfNeeded: code >> 8)),
                         on: Role(cellCode: UInt16(truncatingIfNeeded: code >> 24)),
                         TextAttributes(rawValue: UInt8(truncatingIfNeeded: code)))
        }
        set {
            bits = bits & ~(~0 << Self.styleShift) | Self.styleBits(newValue) << Self.styleShift
        }
    }

    public var width: UInt8 {
        get { UInt8(truncatingIfNeeded: bits >> Self.widthShift) & 0b11 }
        set {
            precondition(newValue <= 2, "a cell is 0, 1 or 2 columns wide")
            bits = bits & ~(0b11 << Self.widthShift) | UInt64(newValue) << Self.widthShift
        }
    }

    @inlinable public var isContinuation: Bool { bits & (0b11 << Self.widthShift) == 0 }

    /// The one scalar this cell shows, nil for a grapheme of several: what a terminal backend
    /// writes without building a `Character`.
    @inlinable public var scalar: Unicode.Scalar? {
        glyph < Self.firstInterned ? Unicode.Scalar(glyph) : nil
    }

    /// Whether both cells look the same (roles and attributes), whatever they show.
    @inlinable public func hasSameStyle(as other: Cell) -> Bool {
        bits >> Self.styleShift == other.bits >> Self.styleShift
    }

    @inlinable public static func == (left: Cell, right: Cell) -> Bool { left.bits == right.bits }

    @inlinable public func hash(into hasher: inout Hasher) { hasher.combine(bits) }

    /// Makes this a one-column space in the same look: what is left of a wide character
    /// written over by half.
    mutating func blank() {
        bits = bits & ~(Self.glyphMask | 0b11 << Self.widthShift) | 0x20 | 1 << Self.widthShift
    }

    @inlinable var glyph: UInt32 { UInt32(truncatingIfNeeded: bits & Self.glyphMask) }

    @inlinable static var glyphMask: UInt64 { 0x3F_FFFF }
    @inlinable static var firstInterned: UInt32 { 0x11_0000 }
    @inlinable static var widthShift: UInt64 { 22 }
    @inlinable static var styleShift: UInt64 { 24 }

    /// The glyph of a one-scalar character is the scalar itself; any other is interned.
    static func glyph(of character: Character) -> UInt32 {
        var scalars = character.unicodeScalars.makeIterator()
        let first = scalars.next()!
        guard scalars.next() != nil else { return first.value }
        return firstInterned + InternedGraphemes.number(of: character, below: UInt32(glyphMask) - firstInterned + 1)
    }

    /// A style's 40 bits: attributes, then foreground, then background.
    static func styleBits(_ style: Style) -> UInt64 {
        UInt64(style.attributes.rawValue) | UInt64(style.foreground.cellCode) << 8 | UInt64(style.background.cellCode) << 24
    }
}
