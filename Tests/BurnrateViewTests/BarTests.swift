import Testing
@testable import BurnrateView

@Suite struct HorizontalBarTests {
    @Test func fillsToTheNearestEighthOfACell() {
        // 0.55 × 10 columns × 8 = 44 eighths: 5 full cells and 4 eighths.
        #expect(draw(HorizontalBar(value: 0.55), width: 10).lines == ["█████▌    "])
        // 1/80 × 80 = 1 eighth.
        #expect(draw(HorizontalBar(value: 1, maximum: 80), width: 10).lines == ["▏         "])
        // 0.99 × 80 = 79.2 → 79 eighths: 9 full cells and 7 eighths.
        #expect(draw(HorizontalBar(value: 0.99), width: 10).lines == ["█████████▉"])
        // 3/8 × 4 columns × 8 = 12 eighths: 1 full cell and 4 eighths.
        #expect(draw(HorizontalBar(value: 3, maximum: 8), width: 4).lines == ["█▌  "])
        // 0.3 × 80 = 24 eighths: exactly 3 cells.
        #expect(draw(HorizontalBar(value: 0.3), width: 10).lines == ["███       "])
    }

    @Test func staysWithinItsLengthAndIgnoresNonsense() {
        #expect(draw(HorizontalBar(value: 1.7), width: 5).lines == ["█████"])
        #expect(draw(HorizontalBar(value: -2), width: 5).lines == ["     "])
        #expect(draw(HorizontalBar(value: .nan), width: 5).lines == ["     "])
        #expect(draw(HorizontalBar(value: 1, maximum: 0), width: 5).lines == ["     "])
    }

    @Test func drawsOnEveryRowInItsStyle() {
        let canvas = draw(HorizontalBar(value: 0.5, style: Style(.ok)), width: 4, height: 2)
        #expect(canvas.lines == ["██  ", "██  "])
        #expect(canvas[1, 1].style == Style(.ok))
        #expect(canvas[2, 1].style == .plain)
    }

    @Test func showsItsTrackWhenAsked() {
        let canvas = draw(HorizontalBar(value: 0.25, showsTrack: true), width: 8)
        #expect(canvas.lines == ["██──────"])
        #expect(canvas[2, 0].style == Style(.muted))
    }

    @Test func asciiBarsRoundEighthsToHalfCells() {
        // 44 eighths: 5 '#' and a 4-eighth '='; 24 eighths: 3 '#'; 2 eighths round down to nothing.
        #expect(draw(HorizontalBar(value: 0.55, glyphs: .ascii), width: 10).lines == ["#####=    "])
        #expect(draw(HorizontalBar(value: 0.3, glyphs: .ascii), width: 10).lines == ["###       "])
        #expect(draw(HorizontalBar(value: 2, maximum: 80, glyphs: .ascii), width: 10).lines == ["          "])
    }
}

@Suite struct StackedBarTests {
    let firm = Style(.series(0))
    let upTo = Style(.series(1))

    @Test func firmAndUpToPartsReadApartByTheirFill() {
        // Of 10 over 10 columns: firm 3 ends at 24 eighths (cell 3), up to 2 more at 40 (cell 5).
        let bar = StackedBar(segments: [.init(value: 3, style: firm), .init(value: 2, style: upTo, fill: .light)], maximum: 10)
        let canvas = draw(bar, width: 10)
        #expect(canvas.lines == ["███░░     "])
        #expect(canvas[2, 0].style == firm)
        #expect(canvas[3, 0].style == upTo)
        #expect(canvas[5, 0].style == .plain)
        #expect(draw(StackedBar(segments: bar.segments, maximum: 10, glyphs: .ascii), width: 10).lines == ["###::     "])
    }

    @Test func twoSolidSegmentsShareTheCellWhereTheyMeet() {
        // 2.3 of 10 → 18.4 → 18 eighths; 2.3 + 2.7 = 5 → 40 eighths. Cell 2 (eighths 16–24) holds
        // 2 eighths of the first and 6 of the second: "▎" in the first's colour on the second's.
        let bar = StackedBar(segments: [.init(value: 2.3, style: firm), .init(value: 2.7, style: upTo)], maximum: 10)
        let canvas = draw(bar, width: 10)
        #expect(canvas.lines == ["██▎██     "])
        #expect(canvas[2, 0].style == Style(.series(0), on: .series(1)))
        #expect(canvas[3, 0].style == upTo)
    }

    @Test func withoutPartialBlocksASharedCellGoesToTheLargerPart() {
        let bar = StackedBar(segments: [.init(value: 2.3, style: firm), .init(value: 2.7, style: upTo)], maximum: 10, glyphs: .ascii)
        let canvas = draw(bar, width: 10)
        #expect(canvas.lines == ["#####     "])
        #expect(canvas[2, 0].style == upTo)
    }

    @Test func aSolidPartMeetingAShadedPartGivesTheCellToTheLargerPart() {
        // Same boundary as above: 2 eighths firm, 6 eighths "up to" in cell 2.
        let bar = StackedBar(segments: [.init(value: 2.3, style: firm), .init(value: 2.7, style: upTo, fill: .medium)], maximum: 10)
        #expect(draw(bar, width: 10).lines == ["██▒▒▒     "])
    }

    @Test func withoutAMaximumTheSegmentsFillTheWidth() {
        // 1 + 3 = 4: the first ends at 1/4 × 64 = 16 eighths (2 cells), the second at 64.
        let bar = StackedBar(segments: [.init(value: 1, style: firm), .init(value: 3, style: upTo, fill: .dark)])
        #expect(draw(bar, width: 8).lines == ["██▓▓▓▓▓▓"])
    }

    @Test func showsItsTrackAfterTheLastSegment() {
        // 1 + 1 of 4 over 4 columns: 8 and 16 eighths, then two empty cells.
        let bar = StackedBar(segments: [.init(value: 1, style: firm), .init(value: 1, style: upTo, fill: .light)],
                             maximum: 4, showsTrack: true)
        let canvas = draw(bar, width: 4)
        #expect(canvas.lines == ["█░──"])
        #expect(canvas[3, 0].style == Style(.muted))
    }

    @Test func aSolidLastSegmentEndsInEighths() {
        // 0.55 of 1 over 10 columns = 44 eighths, as for a single bar.
        let bar = StackedBar(segments: [.init(value: 0.55, style: firm)], maximum: 1)
        #expect(draw(bar, width: 10).lines == ["█████▌    "])
    }
}

@Suite struct GaugeTests {
    @Test func showsLabelBarAndPercentage() {
        // 20 columns: "Power " 6, " 50%" 4, bar 10; 0.5 × 80 = 40 eighths = 5 cells.
        let canvas = draw(Gauge(ratio: 0.5, label: "Power"), width: 20)
        #expect(canvas.lines == ["Power █████───── 50%"])
        #expect(canvas[6, 0].style == Style(.accent))
        #expect(canvas[11, 0].style == Style(.muted))
    }

    @Test func dropsTheLabelFirstWhenShort() {
        // 8 columns: no room for "Power " + 3 bar cells + " 50%"; the bar gets 4: 16 eighths.
        #expect(draw(Gauge(ratio: 0.5, label: "Power"), width: 8).lines == ["██── 50%"])
        // 5 columns: only the bar, 0.5 × 40 = 20 eighths, 2 cells and a half.
        #expect(draw(Gauge(ratio: 0.5, label: "Power"), width: 5).lines == ["██▌──"])
    }

    @Test func showsTheValueAsGivenAndInAscii() {
        // "Power " 6 and " 2/4 GW" 7 leave a bar of 7: 0.5 × 56 = 28 eighths, 3 cells and a half.
        #expect(draw(Gauge(ratio: 0.5, label: "Power", valueText: "2/4 GW", glyphs: .ascii), width: 20).lines
            == ["Power ###=... 2/4 GW"])
    }
}
