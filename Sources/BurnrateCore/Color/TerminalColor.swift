/// A colour as a terminal understands it, after a theme has been fitted to its colour depth.
public enum TerminalColor: Hashable, Sendable {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// An entry of the 8, 16 or 256 colour palette.
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// What a `Style` becomes on a given terminal: concrete colours and attributes.
public struct ResolvedStyle: Hashable, Sendable {
    public var foreground: TerminalColor
    public var background: TerminalColor
    public var attributes: TextAttributes

    public init(foreground: TerminalColor, background: TerminalColor, attributes: TextAttributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// Turns role-based styles into terminal colours: a theme fitted to one colour depth. Both the
/// ncurses screen and the ANSI snapshot renderer draw through one of these.
public protocol StyleResolver: Sendable {
    var depth: ColorDepth { get }
    func resolve(_ style: Style) -> ResolvedStyle
}
