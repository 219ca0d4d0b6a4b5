import BurnrateCore

/// What the terminal can show, from terminfo and the environment, and the colour depth the
/// app should fit its theme to.
public struct ColorCapabilities: Hashable, Sendable {
    /// `COLORS` (0 when the terminal has no colours).
    public var colors: Int
    /// `COLOR_PAIRS`.
    public var pairs: Int
    /// The terminal can redefine its palette entries (terminfo `ccc`).
    public var canChangeColor: Bool
    /// The terminal takes 24-bit colours directly (terminfo `RGB`, or `COLORS` of 2^24).
    public var directColor: Bool
    /// What the terminal emulator says it draws (`ColorDepth.hinted(by:)`: COLORTERM,
    /// VTE_VERSION, TERM_PROGRAM, XTERM_VERSION).
    public var hintedDepth: ColorDepth?
    /// `NO_COLOR` is set and not empty (no-color.org).
    public var noColor: Bool
    public var depth: ColorDepth

    public init(colors: Int, pairs: Int, canChangeColor: Bool, directColor: Bool, hintedDepth: ColorDepth?,
                noColor: Bool, maximumDepth: ColorDepth = .trueColor) {
        self.colors = colors
        self.pairs = pairs
        self.canChangeColor = canChangeColor
        self.directColor = directColor
        self.hintedDepth = hintedDepth
        self.noColor = noColor
        depth = min(maximumDepth, Self.depth(colors: colors, canChangeColor: canChangeColor,
                                             directColor: directColor, hintedDepth: hintedDepth, noColor: noColor))
    }

    /// True colour needs the terminal to take 24-bit colours directly, or to let us redefine its
    /// 256-entry palette while the emulator says it shows 24-bit colour (so redefined entries
    /// come out exactly); otherwise the palette entries the terminal has. Hints never give
    /// more than the description lets ncurses write: `TerminalDescription` opens the
    /// 256-colour entry for a plain `xterm` whose hints say 256.
    private static func depth(colors: Int, canChangeColor: Bool, directColor: Bool, hintedDepth: ColorDepth?,
                              noColor: Bool) -> ColorDepth {
        if noColor || colors < 8 { return .monochrome }
        if directColor { return .trueColor }
        if colors >= 256 { return canChangeColor && hintedDepth == .trueColor ? .trueColor : .indexed256 }
        return colors >= 16 ? .sixteen : .eight
    }

    /// How 24-bit colours reach this terminal.
    var rgbMode: ColorNumbering.RGBMode {
        guard depth == .trueColor else { return .nearestIndexed }
        return directColor ? .direct : .redefinePalette
    }
}
