import Testing
@testable import BurnrateCore
@testable import BurnrateView

@Suite struct CellTests {
    /// Three graphemes of several scalars each: a family (man, ZWJ, woman, ZWJ, girl), the
    /// flag of Japan (two regional indicators), and "e" with a combining acute accent.
    static let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}"
    static let flag = "\u{1F1EF}\u{1F1F5}"
    static let accented = "e\u{301}"

    /// `Character` and `String` compare canonically; these compare the scalars themselves.
    func scalars(_ text: some StringProtocol) -> [UInt32] { text.unicodeScalars.map(\.value) }

    @Test func aCellIsEightBytesOfPlainData() {
        #expect(MemoryLayout<Cell>.size == 8)
        #expect(_isPOD(Cell.self))
    }

    @Test func cellsKeepTheirCharacterStyleAndWidth() {
        let style = Style(.accent, on: .selection, [.bold, .underline])
        let cell = Cell("日", style: style, width: 2)
        #expect(cell.character == "日")
        #expect(cell.style == style)
        #expect(cell.width == 2)
        #expect(cell.scalar == "日")
        #expect(Cell().character == " " && Cell().style == .plain && Cell().width == 1)
    }

    @Test func graphemesOfSeveralScalarsRoundTripThroughACanvasAndItsRenderers() {
        var canvas = Canvas(width: 8, height: 1)
        // Family 2 columns (its first scalar U+1F468 is wide), flag 2 (regional indicators are
        // emoji presentation), accented e 1: 2 + 2 + 1 = 5 columns.
        let end = canvas.put(Self.family + Self.flag + Self.accented + "!", x: 0, y: 0, style: Style(.ok))
        #expect(end == 6)
        #expect(scalars(String(canvas[0, 0].character)) == scalars(Self.family))
        #expect(canvas[0, 0].width == 2 && canvas[1, 0].isContinuation)
        #expect(scalars(String(canvas[2, 0].character)) == scalars(Self.flag))
        #expect(canvas[2, 0].width == 2 && canvas[3, 0].isContinuation)
        #expect(scalars(String(canvas[4, 0].character)) == scalars(Self.accented))
        #expect(canvas[4, 0].width == 1)
        #expect(canvas[4, 0].scalar == nil)
        #expect(canvas[4, 0].style == Style(.ok))

        let expected = Self.family + Self.flag + Self.accented + "!"
        #expect(scalars(CanvasRenderer.text(canvas)) == scalars(expected))
        let theme = Theme(name: "test", background: .terminalDefault, text: .indexed(7), muted: .indexed(8),
                          border: .indexed(8), title: .indexed(7), accent: .indexed(4), selection: .indexed(4),
                          ok: .indexed(2), watch: .indexed(3), alert: .indexed(1), series: [.indexed(4)])
        // ok is green, 32 at eight colours; the two blank cells after "!" go back to text (37).
        #expect(scalars(CanvasRenderer.ansi(canvas, palette: Palette(theme: theme, depth: .eight)))
            == scalars("\u{1B}[32m" + expected + "\u{1B}[37m  \u{1B}[0m"))
    }

    @Test func oneGraphemeDrawnTwiceIsOneCellValue() {
        var first = Canvas(width: 2, height: 1)
        var second = Canvas(width: 2, height: 1)
        first.put(Self.flag, x: 0, y: 0)
        second.put(Self.flag, x: 0, y: 0)
        #expect(first == second)
        // Precomposed U+00E9 is the same character as "e" + U+0301, but other scalars.
        #expect(Cell("\u{E9}") != Cell(Character(Self.accented)))
        #expect(Cell("\u{E9}").character == Character(Self.accented))
    }

    @Test func controlCharactersAreDrawnAsTheirEscapesOnEveryPath() {
        var canvas = Canvas(width: 18, height: 3)
        // ASCII: CR, LF, tab and DEL are shown as escapes, a column for each of their characters.
        #expect(canvas.put("a\r\nb\tc\u{7F}de", x: 0, y: 0) == 17)
        // Box drawing with a line break: every scalar stands alone, save the controls.
        #expect(canvas.put("─\r\n─", x: 0, y: 1) == 6)
        // A combining mark takes the grapheme path: "\r\n" is one grapheme there, shown as two escapes.
        #expect(canvas.put("─\r\n" + Self.accented, x: 0, y: 2) == 6)
        #expect(scalars(canvas.lines.joined(separator: "|"))
            == scalars(#"a\r\nb\tc\u{7F}de |─\r\n─            |─\r\n"# + Self.accented + "            "))
    }

    @Test func aScalarThatStandsAloneIsAGraphemeBetweenAnyTwoOthers() {
        // Grapheme breaks depend on the classes of neighbouring scalars. Between "a" and "a",
        // a scalar that extended its predecessor (Extend, ZWJ, SpacingMark) or joined its
        // successor (Prepend) would leave fewer than 3 graphemes; doubled, a regional indicator
        // or a Hangul jamo would leave 1 instead of 2.
        let alone = (0..<0x3_0000).compactMap(Unicode.Scalar.init).filter(TextWidth.standsAlone)
        #expect(alone.count > 2_000)
        for scalar in alone {
            let text = String(scalar)
            #expect(("a" + text + "a").count == 3, "U+\(String(scalar.value, radix: 16))")
            #expect((text + text).count == 2, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func seriesBeyondTheBoundWrapAsThemesDo() {
        // 65,520 = 7 × 9,360, so series 65,527 is series 7 in a cell, and both are colour
        // 7 mod 7 = 0 of a seven-colour theme.
        let wrapped = Cell(style: Style(.series(65_527), on: .series(-1)))
        #expect(wrapped.style == Style(.series(7), on: .series(65_519)))
        let sevenColors = Theme(name: "seven", background: .terminalDefault, text: .indexed(7), muted: .indexed(8),
                                 border: .indexed(8), title: .indexed(7), accent: .indexed(4), selection: .indexed(4),
                                 ok: .indexed(2), watch: .indexed(3), alert: .indexed(1),
                                 series: (1...7).map { .indexed(UInt8($0)) })
        let palette = Palette(theme: sevenColors, depth: .indexed256)
        #expect(palette.resolve(wrapped.style) == palette.resolve(Style(.series(65_527), on: .series(-1))))
        #expect(Cell(style: Style(.series(65_519))).style == Style(.series(65_519)))
    }
}
