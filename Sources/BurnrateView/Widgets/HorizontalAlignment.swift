public enum HorizontalAlignment: Hashable, Sendable {
    case left
    case center
    case right

    /// The column at which something `width` wide starts inside `area`.
    func start(of width: Int, in area: Rect) -> Int {
        switch self {
        case .left: area.x
        case .center: area.x + max(0, area.width - width) / 2
        case .right: area.x + max(0, area.width - width)
        }
    }
}
