/// A theme as designed for 16 or 8 colours (`colors16:` and `colors8:` in a theme file): an
/// ANSI colour for each role, chosen to be read, instead of the colour nearest to each of the
/// theme's own. The terminal decides what its ANSI colours look like, so the only pair sure to
/// be readable is its own: backgrounds (`background`, `selection`) are the terminal's own
/// colours, reverse video, or a neutral (black, white, grey), never a saturated field behind
/// text. A theme without a design gets one derived by `init(derivedFrom:depth:)`.
public struct ThemeFallback: Hashable, Sendable {
    public enum Color: Hashable, Sendable, CustomStringConvertible {
        /// ANSI colour 0-15 (0-7 at 8 colours).
        case ansi(UInt8)
        /// The terminal's own foreground or background.
        case terminalDefault
        /// The terminal's own colours swapped (reverse video): a selection that shows on any
        /// terminal.
        case reverse

        public var description: String {
            switch self {
            case .ansi(let index): (index >= 8 ? "bright-" : "") + ThemeFallback.names[Int(index % 8)]
            case .terminalDefault: "default"
            case .reverse: "reverse"
            }
        }
    }

    public var colors: [ThemeRole: Color]
    public var series: [Color]

    public init(colors: [ThemeRole: Color], series: [Color]) {
        self.colors = colors
        self.series = series
    }

    /// ANSI colours 0-7 by name; 8-15 are `bright-` and the name.
    public static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
    /// Roles drawn behind text.
    public static let backgroundRoles: [ThemeRole] = [.background, .selection]
    /// What may stand behind text: the terminal's own colours, black, white and the greys.
    public static let quietBackgrounds: [Color] = [.terminalDefault, .reverse, .ansi(0), .ansi(7), .ansi(8), .ansi(15)]

    /// Reads a colour as a theme file writes it: a name (`red`, `bright-red`), an index (0-15,
    /// or 0-7 for 8 colours), `default` or `reverse`; nil for anything else.
    public static func color(_ text: String, colors: Int) -> Color? {
        switch text {
        case "default": return .terminalDefault
        case "reverse": return .reverse
        default: break
        }
        let index: Int? = if let number = Int(text) {
            number
        } else if text.hasPrefix("bright-"), let plain = names.firstIndex(of: String(text.dropFirst(7))) {
            plain + 8
        } else {
            names.firstIndex(of: text)
        }
        guard let index, (0..<colors).contains(index) else { return nil }
        return .ansi(UInt8(index))
    }

    /// The 8-colour version of a 16-colour design: bright colours become their plain ones,
    /// and bright black (a grey, which 8 colours lack) the terminal's own colour.
    public var eightColors: ThemeFallback {
        let plain = { (color: Color) -> Color in
            guard case .ansi(let index) = color, index >= 8 else { return color }
            return index == 8 ? .terminalDefault : .ansi(index - 8)
        }
        return ThemeFallback(colors: colors.mapValues(plain), series: series.map(plain))
    }

    /// A design for a theme that has none. An ANSI colour the theme names by index is kept as
    /// its author chose it (behind text only a quiet one). Otherwise: the terminal's own
    /// background and text, the selection in reverse video, and every other role the nearest
    /// colour that is neither black nor white (one of them is the background), greys kept grey
    /// at 16 colours and the terminal's own at 8; ok, watch and alert stay three different colours.
    public init(derivedFrom theme: Theme, depth: ColorDepth) {
        let fitter = ColorFitter(depth: depth)
        let neutrals: [TerminalColor] = [.indexed(0), .indexed(7), .indexed(15)]
        let fit = { (color: ThemeColor, avoiding: [TerminalColor]) -> Color in
            if case .indexed(let index) = color, Int(index) < depth.rawValue { return .ansi(index) }
            if depth == .eight, color.isGreyish { return .terminalDefault }
            guard case .indexed(let index) = fitter.fit(color, avoiding: neutrals + avoiding) else { return .terminalDefault }
            return .ansi(index)
        }
        let chosen = { (role: ThemeRole, otherwise: Color) -> Color in
            guard case .indexed(let index) = theme.color(of: role), Int(index) < depth.rawValue else { return otherwise }
            let color = Color.ansi(index)
            return !Self.backgroundRoles.contains(role) || Self.quietBackgrounds.contains(color) ? color : otherwise
        }
        var colors: [ThemeRole: Color] = [
            .background: chosen(.background, .terminalDefault), .text: chosen(.text, .terminalDefault),
            .selection: chosen(.selection, .reverse),
        ]
        for role in [ThemeRole.muted, .border, .title, .accent] {
            colors[role] = fit(theme.color(of: role), [])
        }
        var levels: [TerminalColor] = []
        for role in [ThemeRole.alert, .watch, .ok] {
            let color = fit(theme.color(of: role), levels)
            colors[role] = color
            if case .ansi(let index) = color { levels.append(.indexed(index)) }
        }
        self.init(colors: colors, series: theme.series.map { fit($0, []) })
    }
}

extension ThemeColor {
    /// Black, white or a grey with little colour in it (see `RGB.isGreyish`).
    var isGreyish: Bool {
        switch self {
        case .terminalDefault: true
        case let .rgb(red, green, blue): RGB(red: Int(red), green: Int(green), blue: Int(blue)).isGreyish
        case let .indexed(index): XtermColors.rgb(index).isGreyish
        }
    }
}

extension Theme {
    /// The design the theme draws with at `depth`: its own `colors16`/`colors8` (the 16-colour
    /// one made plain when only that is given), else one derived; nil above 16 colours and in
    /// monochrome, where the theme's colours are fitted as they are or not used.
    public func fallback(for depth: ColorDepth) -> ThemeFallback? {
        switch depth {
        case .sixteen: colors16 ?? ThemeFallback(derivedFrom: self, depth: depth)
        case .eight: colors8 ?? colors16?.eightColors ?? ThemeFallback(derivedFrom: self, depth: depth)
        default: nil
        }
    }
}
