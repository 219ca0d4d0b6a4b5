import Testing
@testable import BurnrateView

@Suite struct SparklineTests {
    @Test func oneLevelPerEighthOfTheLargestValue() {
        // Largest 8: value v is v eighths; zero still shows the lowest level.
        let canvas = draw(Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8]), width: 9)
        #expect(canvas.lines == ["▁▁▂▃▄▅▆▇█"])
        #expect(canvas[8, 0].style == Style(.accent))
    }

    @Test func aMissingValueIsAGapNotAZero() {
        // 4 of 8 = 4 eighths.
        #expect(draw(Sparkline(values: [8, nil, 4, 0]), width: 4).lines == ["█ ▄▁"])
    }

    @Test func tallerSparklinesStackFullCells() {
        // Two rows = 16 levels, largest 16: 16 fills both rows, 8 the bottom one, 4 half of it, 1 an eighth.
        #expect(draw(Sparkline(values: [16, 8, 4, 1]), width: 4, height: 2).lines == ["█   ", "██▄▁"])
    }

    @Test func keepsTheNewestValuesAndScalesToAGivenMaximum() {
        // Newest two of [1, 2, 3, 4] over 2 columns: 3 and 4 of 4 → 6 and 8 eighths.
        #expect(draw(Sparkline(values: [1, 2, 3, 4]), width: 2).lines == ["▆█"])
        // Of a maximum of 16: 4 → 2 eighths, 16 → 8, 32 is capped at 8.
        #expect(draw(Sparkline(values: [4, 16, 32], maximum: 16), width: 3).lines == ["▂██"])
    }

    @Test func asciiLevels() {
        // Levels _ _ . . - - = #: value v of 8 is level v (zero shows level 1).
        #expect(draw(Sparkline(values: [0, 1, 2, 3, 4, 5, 6, 7, 8], glyphs: .ascii), width: 9).lines == ["___..--=#"])
    }
}

@Suite struct LineChartTests {
    @Test func brailleHasTwoByFourDotsPerCell() {
        // 2×1 cells = 4×4 dots; values 0…3 over the range 0…3 land on x 0,1,2,3 and rows 3,2,1,0.
        // Left cell: dots (0,3) and (1,2) = 0x40 + 0x20 = ⡠; right cell: (2,1) and (3,0) = 0x02 + 0x08 = ⠊.
        let line = LineChart.Series(values: [0, 1, 2, 3], style: Style(.series(0)))
        let canvas = draw(LineChart(series: [line]), width: 2)
        #expect(canvas.lines == ["⡠⠊"])
        #expect(canvas[0, 0].style == Style(.series(0)))
    }

    @Test func joinsDistantPointsWithALine() {
        // 1×2 cells = 2×8 dots; 0 → row 7, 7 → row 0 over range 0…7. The line from (0,7) to (1,0)
        // fills rows 7–4 of the left column and 3–0 of the right (Bresenham).
        let line = LineChart.Series(values: [0, 7], style: .plain)
        #expect(draw(LineChart(series: [line]), width: 1, height: 2).lines == ["⢸", "⡇"])
    }

    @Test func aMissingValueBreaksTheLine() {
        // Range 0…2 on 4 rows: 1 → row 1.5 → 2; x of values 0 and 2 of 3 = 0 and 3.
        let line = LineChart.Series(values: [1, nil, 1], style: .plain)
        #expect(draw(LineChart(series: [line], range: 0...2), width: 2).lines == ["⠄⠠"])
    }

    @Test func valuesWhoseSpanOverflowsADoubleStillPlot() {
        // -1.7e308 … 1.7e308 spans more than the largest double: the span once became infinite,
        // the lowest value's fraction inf / inf, and its row Int(NaN), a trap. Values from a
        // file can be this large (a burn of -1.7e308 after a cash of 1.7e308).
        let line = LineChart.Series(values: [-1.7e308, 0, 1.7e308], style: .plain)
        #expect(draw(LineChart(series: [line], glyphs: .ascii), width: 3).lines == ["..'"])
        #expect(LineChart.row(-1.7e308, in: -1.7e308...1.7e308, rows: 5) == 4)
        #expect(LineChart.row(0, in: -1.7e308...1.7e308, rows: 5) == 2)
    }

    @Test func asciiDotsAreOneByTwo() {
        // 4×2 dots; values 0…3 → rows 1, 0.67→1, 0.33→0, 0: bottom dots '.', top dots '\''.
        let line = LineChart.Series(values: [0, 1, 2, 3], style: .plain)
        #expect(draw(LineChart(series: [line], glyphs: .ascii), width: 4).lines == ["..''"])
    }

    @Test func markersTellTheLinesApartWithoutColor() {
        // Two series crossing on 3×2 ASCII cells (3×4 dots over 0…3): 0,3 → rows 3,0 at x 0,2;
        // the lines meet in the middle column (dot rows 1 and 2: "." above, "'" below), each
        // marker sits in the cell of each of its values, over the dots.
        let rising = LineChart.Series(values: [0, 3], style: Style(.ok), marker: "+")
        let falling = LineChart.Series(values: [3, 0], style: Style(.alert), marker: "x")
        let canvas = draw(LineChart(series: [rising, falling], glyphs: .ascii), width: 3, height: 2)
        #expect(canvas.lines == ["x.+", "+'x"])
        #expect(canvas[0, 1].style == Style(.ok))
        #expect(canvas[0, 0].style == Style(.alert))
    }
}

@Suite struct ChartLegendTests {
    static let items = [StyledText("o cash", style: Style(.accent)), StyledText("+ revenue", style: Style(.ok)),
                        StyledText("x burn", style: Style(.alert))]

    func legend(width: Int) -> String {
        var canvas = Canvas(width: width, height: 1)
        RiskPanel.drawLegend(title: "Cash, revenue and burn", items: Self.items, in: canvas.bounds, on: &canvas)
        return canvas.lines[0]
    }

    @Test func titleAndItemsWhenAllFit() {
        #expect(legend(width: 49) == "Cash, revenue and burn  o cash  + revenue  x burn")
    }

    /// The legend the issue found cut ("── bu") drops the title first, then whole items.
    @Test func neverCutsAWord() {
        #expect(legend(width: 48) == "o cash  + revenue  x burn" + String(repeating: " ", count: 23))
        #expect(legend(width: 24) == "o cash  + revenue" + String(repeating: " ", count: 7))
        #expect(legend(width: 8) == "o cash  ")
    }

    @Test func wrapsWholeItemsOverTheLinesGiven() {
        let legend = Legend(items: Self.items)
        #expect(legend.lineCount(width: 17) == 2)
        #expect(draw(legend, width: 17, height: 2).lines == ["o cash  + revenue", "x burn" + String(repeating: " ", count: 11)])
        #expect(legend.lineCount(width: 7) == 2)
        #expect(draw(legend, width: 7, height: 2).lines == ["o cash ", "x burn "])
    }
}
