import BurnrateCore

/// Where frames go: the ncurses terminal (`CursesScreen`), or a stand-in in tests.
public protocol Screen: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// The colour depth to fit the theme to.
    var depth: ColorDepth { get }
    /// Shows `canvas`, writing only what changed since the previous frame.
    func present(_ canvas: Canvas, resolver: some StyleResolver)
    /// Makes the next `present` repaint every cell.
    func invalidate()
}
