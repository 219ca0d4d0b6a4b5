import Glibc
import BurnrateView

/// Which cells changed between two frames: what the screen writes to ncurses.
public enum FrameDiff {
    /// The runs of cells of `next` that differ from `previous`, row by row from the left; every
    /// row in full when there is no previous frame or its size differs. A run never starts on
    /// the continuation half of a wide character: it starts on the character itself, which is
    /// what draws both columns.
    public static func runs(from previous: Canvas?, to next: Canvas) -> [CellRun] {
        guard let previous, previous.width == next.width, previous.height == next.height else {
            return next.width == 0 ? [] : (0..<next.height).map { CellRun(y: $0, x: 0, count: next.width) }
        }
        var runs: [CellRun] = []
        for row in 0..<next.height where !identicalBits(previous, next, row: row) {
            var start: Int?
            for column in 0..<next.width {
                let changed = previous[column, row] != next[column, row]
                if changed, start == nil {
                    start = next[column, row].isContinuation && column > 0 ? column - 1 : column
                } else if !changed, let first = start {
                    runs.append(CellRun(y: row, x: first, count: column - first))
                    start = nil
                }
            }
            if let first = start {
                runs.append(CellRun(y: row, x: first, count: next.width - first))
            }
        }
        return runs
    }

    /// Whether a row is bit for bit the same in both frames, which proves it unchanged without
    /// comparing cell by cell; most rows of a frame after a keypress are. Rows that differ
    /// only in their bits (padding) are still compared cell by cell.
    private static func identicalBits(_ previous: Canvas, _ next: Canvas, row: Int) -> Bool {
        let stride = MemoryLayout<Cell>.stride
        let range = row * next.width * stride..<(row + 1) * next.width * stride
        return previous.cells.withUnsafeBytes { old in
            next.cells.withUnsafeBytes { new in
                memcmp(old.baseAddress! + range.lowerBound, new.baseAddress! + range.lowerBound, range.count) == 0
            }
        }
    }
}
