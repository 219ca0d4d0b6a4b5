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
}
