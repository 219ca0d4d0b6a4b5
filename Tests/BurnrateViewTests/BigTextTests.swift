import Testing
@testable import BurnrateView

@Suite struct BigTextTests {
    @Test func dollarFigureAtScaleOne() {
        // $ is 5 wide, 8 5 0 B 4 each, one blank column between: 5 + 4 × 4 + 4 = 25.
        let canvas = draw(BigText("$850B"), width: 25, height: 5)
        #expect(canvas.lines == [
            " ████ ████ ████ ████ ███ ",
            "█ █   █  █ █    █  █ █  █",
            " ███  ████ ████ █  █ ███ ",
            "  █ █ █  █    █ █  █ █  █",
            "████  ████ ████ ████ ███ ",
        ])
        #expect(canvas[1, 0].style == Style(.title, [.bold]))
    }

    @Test func sizesCountLettersGapsAndScale() {
        // "22×": 4 + 4 + 3 + 2 gaps = 13 wide, 5 high.
        #expect(BigText.size(for: "22×", scale: 1) == (width: 13, height: 5))
        #expect(BigText.size(for: "22×", scale: 2) == (width: 26, height: 10))
        // "3 OF 4": 3, space, O, F, space, 4 = 4 + 2 + 4 + 4 + 2 + 4 = 20, + 5 gaps = 25.
        #expect(BigText.size(for: "3 OF 4", scale: 1) == (width: 25, height: 5))
        #expect(BigText.size(for: "", scale: 1) == (width: 0, height: 5))
    }

    @Test func picksTheLargestScaleThatFits() {
        // 30 / 13 = 2 across, 12 / 5 = 2 down.
        #expect(BigText.scale(for: "22×", fitting: Rect(x: 0, y: 0, width: 30, height: 12)) == 2)
        // 40 / 13 = 3 across but 14 / 5 = 2 down.
        #expect(BigText.scale(for: "22×", fitting: Rect(x: 0, y: 0, width: 40, height: 14)) == 2)
        #expect(BigText.scale(for: "22×", fitting: Rect(x: 0, y: 0, width: 12, height: 5)) == nil)
    }

    @Test func scaleTwoDoublesEveryPixel() {
        let canvas = draw(BigText("1"), width: 8, height: 10)
        #expect(canvas.lines == [
            "  ████  ", "  ████  ",
            "    ██  ", "    ██  ",
            "    ██  ", "    ██  ",
            "    ██  ", "    ██  ",
            "  ██████", "  ██████",
        ])
    }

    @Test func unitsAndWordsRead() {
        #expect(draw(BigText("3 OF 4"), width: 25, height: 5).lines == [
            "████     ██  ████    █  █",
            "   █    █  █ █       █  █",
            " ███    █  █ ███     ████",
            "   █    █  █ █          █",
            "████     ██  █          █",
        ])
        // Lower case is drawn as capitals, and x as the multiplication sign.
        #expect(draw(BigText("3 of 4"), width: 25, height: 5) == draw(BigText("3 OF 4"), width: 25, height: 5))
        #expect(draw(BigText("22x"), width: 13, height: 5) == draw(BigText("22×"), width: 13, height: 5))
    }

    @Test func centresAndFallsBackToPlainText() {
        // "22×" is 13 wide; centred in 17 it starts at (17 - 13) / 2 = 2.
        let centred = draw(BigText("22×", alignment: .center), width: 17, height: 5)
        #expect(centred.lines[2] == "  ████ ████  █   ")
        // 10 columns cannot hold 25: the figure is written as text, bold.
        let small = draw(BigText("$850B", alignment: .center), width: 10, height: 5)
        #expect(small.lines[0] == "  $850B   ")
        #expect(small[2, 0].style == Style(.title, [.bold]))
    }

    @Test func asciiUsesHashes() {
        #expect(draw(BigText("-", glyphs: .ascii), width: 3, height: 5).lines == ["   ", "   ", "###", "   ", "   "])
    }
}
