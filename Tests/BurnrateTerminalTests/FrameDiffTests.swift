import BurnrateView
import Testing
@testable import BurnrateTerminal

@Suite("Frame diff")
struct FrameDiffTests {
    @Test func firstFrameIsEveryRowInFull() {
        let canvas = Canvas(lines: ["abc", "def"])
        #expect(FrameDiff.runs(from: nil, to: canvas) == [CellRun(y: 0, x: 0, count: 3), CellRun(y: 1, x: 0, count: 3)])
    }

    @Test func aNewSizeIsDrawnInFull() {
        let before = Canvas(lines: ["ab"])
        let after = Canvas(lines: ["ab", "cd"])
        #expect(FrameDiff.runs(from: before, to: after) == [CellRun(y: 0, x: 0, count: 2), CellRun(y: 1, x: 0, count: 2)])
    }

    @Test func anUnchangedFrameWritesNothing() {
        let canvas = Canvas(lines: ["same", "here"])
        #expect(FrameDiff.runs(from: canvas, to: canvas).isEmpty)
    }

    @Test func changedCellsComeAsRunsPerRow() {
        let before = Canvas(lines: ["price 100 ok", "unchanged   "])
        let after = Canvas(lines: ["price 250 ok", "unchanged  !"])
        // "100" → "250": columns 6 and 7 change, 8 stays "0"; the "!" is column 11 of row 1.
        #expect(FrameDiff.runs(from: before, to: after) == [
            CellRun(y: 0, x: 6, count: 2), CellRun(y: 1, x: 11, count: 1),
        ])
    }

    @Test func aStyleChangeAloneIsAChange() {
        let before = Canvas(lines: ["abcd"])
        var after = before
        after.restyle(Rect(x: 1, y: 0, width: 2, height: 1)) { $0.with(.bold) }
        #expect(FrameDiff.runs(from: before, to: after) == [CellRun(y: 0, x: 1, count: 2)])
    }

    @Test func aChangeToTheSecondHalfOfAWideCharacterRewritesTheCharacter() {
        let before = Canvas(lines: ["a宽b"])
        var after = before
        // The wide character is columns 1-2; only its continuation half (column 2) changes style.
        after.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.with(.reverse) }
        #expect(FrameDiff.runs(from: before, to: after) == [CellRun(y: 0, x: 1, count: 2)])
    }

    @Test func aWideCharacterReplacingTwoNarrowOnesIsOneRun() {
        let before = Canvas(lines: ["abcd"])
        let after = Canvas(lines: ["a宽d"])
        #expect(FrameDiff.runs(from: before, to: after) == [CellRun(y: 0, x: 1, count: 2)])
    }

    @Test func graphemesOfSeveralScalarsCompareByTheirScalars() {
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", flag = "\u{1F1EF}\u{1F1F5}"
        let before = Canvas(lines: ["a" + family + "b" + flag + "e\u{301}"])
        // The same graphemes drawn again: nothing to write.
        #expect(FrameDiff.runs(from: before, to: Canvas(lines: ["a" + family + "b" + flag + "e\u{301}"])).isEmpty)
        // Columns: a 0, family 1-2, b 3, flag 4-5, accented e 6. The flag becomes the family
        // (column 4; both continuation halves in column 5 are alike), and the decomposed é
        // becomes the precomposed one (column 6).
        let after = Canvas(lines: ["a" + family + "b" + family + "\u{E9}"])
        #expect(FrameDiff.runs(from: before, to: after) == [CellRun(y: 0, x: 4, count: 1), CellRun(y: 0, x: 6, count: 1)])
    }
}
