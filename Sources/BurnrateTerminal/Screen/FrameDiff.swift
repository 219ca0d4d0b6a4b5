import Glibc
import BurnrateCore

/// Which cells changed between two frames: what the screen writes to ncurses.
public enum FrameDiff {
    /// The runs of cells of `next` that differ from `previous`, row by row from the left; every
    /// row in full when there is no previous frame or its size differs. A run never starts on
    /// the continuation half of a wide character: it starts on the character itself, which is
    /// what draws both columns.
    public static func runs(from previous: Canvas?, to next: Canvas) -> [CellRun] {
        let width = next.width
        guard let previous, previous.width == width, previous.height == next.height else {
            return width == 0 ? [] : (0..<next.height).map { CellRun(y: $0, x: 0, count: width) }
        }
        guard width > 0 else { return [] }
        var runs: [CellRun] = []
        previous.cells.withUnsafeBufferPointer { old in
            next.cells.withUnsafeBufferPointer { new in
                // Cells are plain bits, so a row compares as memory first: most rows of a
                // frame after a keypress are unchanged.
                for row in 0..<next.height {
                    let rowStart = row * width
                    guard memcmp(old.baseAddress! + rowStart, new.baseAddress! + rowStart,
                                 width * MemoryLayout<Cell>.stride) != 0 else { continue }
                    var start: Int?
                    for column in 0..<width {
                        let changed = old[rowStart + column] != new[rowStart + column]
                        if changed, start == nil {
                            start = new[rowStart + column].isContinuation && column > 0 ? column - 1 : column
                        } else if !changed, let first = start {
                            runs.append(CellRun(y: row, x: first, count: column - first))
                            start = nil
                        }
                    }
                    if let first = start {
                        runs.append(CellRun(y: row, x: first, count: width - first))
                    }
                }
            }
        }
        return runs
    }
}
