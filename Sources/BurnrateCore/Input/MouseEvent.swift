public enum MouseButton: Hashable, Sendable {
    case left, middle, right, scrollUp, scrollDown
}

/// A mouse press at a cell, counted from the top-left corner.
public struct MouseEvent: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var button: MouseButton

    public init(x: Int, y: Int, button: MouseButton) {
        self.x = x
        self.y = y
        self.button = button
    }
}
