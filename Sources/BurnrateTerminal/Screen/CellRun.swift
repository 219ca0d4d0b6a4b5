/// A stretch of `count` cells of row `y`, from column `x`, that must be written again.
public struct CellRun: Hashable, Sendable, CustomStringConvertible {
    public var y: Int
    public var x: Int
    public var count: Int

    public init(y: Int, x: Int, count: Int) {
        self.y = y
        self.x = x
        self.count = count
    }

    public var description: String { "row \(y) columns \(x)..<\(x + count)" }
}
