/// Writes into a canvas's cells through their storage, for the loops that write thousands of
/// them a frame: one uniqueness check per call of `Canvas.withWriter` instead of one a cell.
/// Coordinates must be inside the canvas; its callers clip first.
struct CellWriter {
    let cells: UnsafeMutableBufferPointer<Cell>
    let width: Int

    /// Sets one cell; writing over either half of a wide character blanks its other half. A
    /// continuation written over a continuation belongs to the wide character just written
    /// before it, which stays.
    func set(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        let old = cells[index]
        if old.width == 2 && x + 1 < width && cell.width != 2 {
            cells[index + 1].blank()
        }
        if old.isContinuation && !cell.isContinuation && x > 0 {
            cells[index - 1].blank()
        }
        cells[index] = cell
    }
}
