import Testing
@testable import BurnrateView

@Suite struct CanvasTests {
    @Test func putClipsAtTheRightEdge() {
        var canvas = Canvas(width: 8, height: 1)
        canvas.put("burnrate dashboard", x: 2, y: 0)
        #expect(canvas == Canvas(lines: ["  burnra"]))
    }

    @Test func wideCharactersTakeTwoColumnsAndKeepTheRestAligned() {
        var canvas = Canvas(width: 10, height: 2)
        canvas.put("日本|ok", x: 0, y: 0)
        canvas.put("ab|ok", x: 2, y: 1)
        #expect(canvas.lines == ["日本|ok   ", "  ab|ok   "])
        #expect(canvas[0, 0].width == 2)
        #expect(canvas[1, 0].isContinuation)
    }

    @Test func aWideCharacterCutByTheEdgeBecomesASpace() {
        var canvas = Canvas(width: 5, height: 1)
        canvas.put("ab日本", x: 0, y: 0)
        #expect(canvas.lines == ["ab日 "])
    }

    @Test func writingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(lines: ["日本語"])
        canvas.put("x", x: 3, y: 0)
        #expect(canvas.lines == ["日 x語"])
    }

    @Test func aWideCharacterWrittenAgainInPlaceStays() {
        var canvas = Canvas(width: 4, height: 1)
        canvas.put("日", x: 0, y: 0)
        canvas.put("日", x: 0, y: 0)
        #expect(canvas.lines == ["日  "])
        #expect(canvas[0, 0].width == 2 && canvas[1, 0].isContinuation)
    }

    @Test func emojiCountAsTwoColumns() {
        #expect(TextWidth.of("🚀") == 2)
        #expect(TextWidth.of("⚠️") == 2)
        #expect(TextWidth.of("€") == 1)
        #expect(TextWidth.of("█▏⣿") == 3)
        #expect(TextWidth.prefix("SoftBank 日本", fitting: 10) == "SoftBank ")
    }

    @Test func clippingToARectangleKeepsOutsideCellsUntouched() {
        var canvas = Canvas(lines: ["..........", ".........."])
        canvas.put("panel text", x: 2, y: 1, clip: Rect(x: 3, y: 1, width: 4, height: 1))
        #expect(canvas.lines == ["..........", "...anel..."])
    }
}
