/// A theme fitted to a terminal's colour depth: what the screen and the ANSI renderer draw with.
///
/// At 256 colours each colour becomes the nearest the terminal has, with care that fitting
/// never costs meaning: text never lands on the background's colour, ok, watch and alert stay
/// three different colours, greys stay grey and pastels keep their hue. On the selection
/// background (selected rows, the timeline cursor, header and footer bars) a colour that would
/// not read there (text under 4.5:1, series and borders under 3:1) is drawn in the theme's text
/// or background colour, whichever stands out more, with the attributes its role has without
/// colour: a highlight that stands out (3:1) leaves no colour that reads on both. At 16 and 8 colours
/// the theme's own design for them is drawn (`Theme.fallback(for:)`). Muted text or borders
/// that collapse onto the text colour are drawn dim. In monochrome every
/// colour is the terminal's own and roles are told apart by attributes alone
/// (`monochromeAttributes`, on top of the theme's).
public struct Palette: StyleResolver {
    public let theme: Theme
    public let depth: ColorDepth
    private let colors: [ThemeRole: TerminalColor]
    private let series: [TerminalColor]
    private let attributes: [ThemeRole: TextAttributes]
    /// Roles a 16- or 8-colour design draws in reverse video (the selection).
    private let reversed: Set<ThemeRole>
    /// Colours that do not read on the selection background, and the colour drawn there instead.
    private let onSelection: [TerminalColor: TerminalColor]

    /// How roles read without colour: watch bold and alert bold and underlined next to a plain
    /// ok; titles bold, secondary text dim, the selection in reverse video.
    public static let monochromeAttributes: [ThemeRole: TextAttributes] = [
        .title: .bold, .accent: .bold, .muted: .dim, .border: .dim, .selection: .reverse,
        .watch: .bold, .alert: [.bold, .underline],
    ]

    public init(theme: Theme, depth: ColorDepth) {
        self.theme = theme
        self.depth = depth
        let design = theme.fallback(for: depth).map(Self.drawn)
        let fitted = design ?? Self.fitted(theme, depth: depth)
        colors = fitted.colors
        series = fitted.series
        var attributes = Self.attributes(theme, depth: depth, colors: fitted.colors)
        for role in fitted.reversed {
            attributes[role, default: []].insert(.reverse)
        }
        self.attributes = attributes
        reversed = Set(fitted.reversed)
        onSelection = design == nil ? Self.substitutesOnSelection(fitted) : [:]
    }

    /// The terminal decides the 16 and 8 colours, so only fitted colours are measured.
    private static func substitutesOnSelection(_ fitted: Fitted) -> [TerminalColor: TerminalColor] {
        guard let selection = fitted.colors[.selection]?.rgb else { return [:] }
        let contrast = { (color: TerminalColor) in color.rgb.map { Contrast.ratio($0, selection) } ?? .infinity }
        let plain = [fitted.colors[.text], fitted.colors[.background]].compactMap { $0 }.filter { $0.rgb != nil }
        guard let substitute = plain.max(by: { contrast($0) < contrast($1) }) else { return [:] }
        var substitutes: [TerminalColor: TerminalColor] = [:]
        let graphics = fitted.series + [fitted.colors[.border]].compactMap { $0 }
        let text = [ThemeRole.text, .muted, .title, .accent, .ok, .watch, .alert].compactMap { fitted.colors[$0] }
        for (colors, minimum) in [(graphics, Contrast.graphics), (text, Contrast.text)] {
            for color in colors where contrast(color) < minimum { substitutes[color] = substitute }
        }
        return substitutes
    }

    private typealias Fitted = (colors: [ThemeRole: TerminalColor], series: [TerminalColor], reversed: [ThemeRole])

    private static func fitted(_ theme: Theme, depth: ColorDepth) -> Fitted {
        let fitter = ColorFitter(depth: depth)
        var colors: [ThemeRole: TerminalColor] = [:]
        let background = fitter.fit(theme.color(.background))
        colors[.background] = background
        for role in [ThemeRole.text, .muted, .border, .title, .accent] {
            colors[role] = fitter.fit(theme.color(of: role), avoiding: [background])
        }
        colors[.selection] = fitter.fit(theme.color(.selection), avoiding: [background, colors[.text]!])
        var levels: [TerminalColor] = [background]
        for role in [ThemeRole.alert, .watch, .ok] {
            let color = fitter.fit(theme.color(of: role), avoiding: levels)
            colors[role] = color
            levels.append(color)
        }
        return (colors, theme.series.map { fitter.fit($0, avoiding: [background]) }, [])
    }

    /// A 16- or 8-colour design as drawn: `reverse` is the terminal's own colours in reverse video.
    private static func drawn(_ design: ThemeFallback) -> Fitted {
        let terminalColor = { (color: ThemeFallback.Color) -> TerminalColor in
            guard case .ansi(let index) = color else { return .terminalDefault }
            return .indexed(index)
        }
        let reversed = design.colors.filter { $0.value == .reverse }.map(\.key)
        return (design.colors.mapValues(terminalColor), design.series.map(terminalColor), reversed)
    }

    private static func attributes(_ theme: Theme, depth: ColorDepth, colors: [ThemeRole: TerminalColor]) -> [ThemeRole: TextAttributes] {
        var attributes = theme.attributes
        if depth == .monochrome {
            attributes.merge(Self.monochromeAttributes) { $0.union($1) }
        } else {
            for role in [ThemeRole.muted, .border] where colors[role] == colors[.text] {
                attributes[role, default: []].insert(.dim)
            }
        }
        return attributes
    }

    public func color(_ role: Role) -> TerminalColor {
        if case let .series(index) = role {
            guard !series.isEmpty else { return color(.accent) }
            return series[((index % series.count) + series.count) % series.count]
        }
        return colors[ThemeRole(role)] ?? .terminalDefault
    }

    /// On a field in reverse video the text takes the terminal's own colour too, or reversing
    /// would make its colour the field's (a saturated bar behind text); its role then reads by
    /// its monochrome attributes (watch bold, alert bold and underlined). A fitted colour that
    /// would not read on the selection is drawn in its substitute there, with those attributes.
    public func resolve(_ style: Style) -> ResolvedStyle {
        let extra = attributes[ThemeRole(style.foreground), default: []]
            .union(attributes[ThemeRole(style.background), default: []])
        if reversed.contains(ThemeRole(style.background)) {
            let monochrome = Self.monochromeAttributes[ThemeRole(style.foreground), default: []].subtracting(.dim)
            return ResolvedStyle(foreground: .terminalDefault, background: .terminalDefault,
                                 attributes: style.attributes.union(extra).union(monochrome))
        }
        let foreground = color(style.foreground)
        if style.background == .selection, let substitute = onSelection[foreground] {
            let monochrome = Self.monochromeAttributes[ThemeRole(style.foreground), default: []].subtracting(.dim)
            return ResolvedStyle(foreground: substitute, background: color(.selection),
                                 attributes: style.attributes.union(extra).union(monochrome))
        }
        return ResolvedStyle(foreground: foreground, background: color(style.background),
                             attributes: style.attributes.union(extra))
    }
}


/// Fits theme colours to a depth, remembering nothing but the depth.
struct ColorFitter {
    let depth: ColorDepth

    /// The colour as the terminal can show it. A palette index the terminal has is kept as the
    /// theme author chose it; an rgb colour (or an index beyond the depth) becomes the entry
    /// `XtermColors.fit` picks, other than those in `avoiding`.
    func fit(_ color: ThemeColor, avoiding: [TerminalColor] = []) -> TerminalColor {
        let target: RGB
        switch (color, depth) {
        case (_, .monochrome), (.terminalDefault, _):
            return .terminalDefault
        case let (.rgb(red, green, blue), .trueColor):
            return .rgb(red, green, blue)
        case let (.indexed(index), _) where depth == .trueColor || Int(index) < depth.rawValue:
            return .indexed(index)
        case let (.rgb(red, green, blue), _):
            target = RGB(red: Int(red), green: Int(green), blue: Int(blue))
        case let (.indexed(index), _):
            target = XtermColors.rgb(index)
        }
        let avoided = Set(avoiding.compactMap { color -> UInt8? in
            if case .indexed(let index) = color { index } else { nil }
        })
        return .indexed(XtermColors.fit(target, to: depth, avoiding: avoided))
    }
}
