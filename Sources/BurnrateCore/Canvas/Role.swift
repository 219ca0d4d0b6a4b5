/// What a piece of the screen means. Panels draw with roles; a theme decides what each role
/// looks like, so switching themes never touches the panels.
public enum Role: Hashable, Sendable {
    case background
    case text
    case muted
    case border
    case title
    case accent
    /// Background of the selected row or focused element.
    case selection
    case ok
    case watch
    case alert
    /// The n-th colour of a data series (investors, providers), counted from 0; themes have a
    /// finite list and wrap around.
    case series(Int)
}
