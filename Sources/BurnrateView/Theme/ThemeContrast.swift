/// Whether a theme reads at WCAG AA: every pair of colours the screen really draws, as the
/// palette resolves it at a depth, text at 4.5:1 and lines, bars and highlights at 3:1. Only
/// fitted colours are measured (truecolor and 256 colours): at 16 and 8 colours and for
/// `default` the terminal decides what the colours look like.
public enum ThemeContrast {
    /// A foreground drawn on a background somewhere, and where.
    struct Pair: CustomStringConvertible {
        let foreground: Role
        let background: Role
        let minimum: Double
        let usedIn: String

        var description: String { "\(Self.name(foreground)) on \(Self.name(background)) (\(usedIn))" }

        /// As theme files write it: `muted`, `series[2]`.
        static func name(_ role: Role) -> String {
            if case let .series(index) = role { return "series[\(index)]" }
            return ThemeRole(role).rawValue
        }
    }

    static let textRoles: [Role] = [.text, .muted, .title, .accent, .ok, .watch, .alert]

    static func pairs(seriesCount: Int) -> [Pair] {
        textRoles.map {
            Pair(foreground: $0, background: .background, minimum: Contrast.text,
                 usedIn: "panels: names and figures, headings, column headers, level badges, explain, help")
        } + textRoles.map {
            // Header bar: title, " burnrate " in accent, the as-of date muted, the risk badge in
            // its level; footer: keys in accent, actions muted, messages in text; the timeline
            // cursor in title; the save prompt; a selected row keeps every role its cells had.
            Pair(foreground: $0, background: .selection, minimum: Contrast.text,
                 usedIn: "header and footer bars, timeline cursor, save prompt, selected rows")
        } + (0..<seriesCount).flatMap { index in
            [Pair(foreground: .series(index), background: .background, minimum: Contrast.graphics,
                  usedIn: "bars, chart lines, legend blocks"),
             Pair(foreground: .series(index), background: .selection, minimum: Contrast.graphics,
                  usedIn: "the bars of a selected row")]
        } + [
            Pair(foreground: .border, background: .background, minimum: Contrast.graphics,
                 usedIn: "panel frames, header separators"),
            // The highlight itself: a selected row or the timeline's cursor year against the panel.
            Pair(foreground: .selection, background: .background, minimum: Contrast.graphics,
                 usedIn: "selection bar, timeline cursor year"),
        ]
    }

    /// What the screen shows for a pair, nil where a colour is the terminal's own: for the
    /// highlight, the selection against the background; for the rest, the resolved foreground
    /// on its resolved background (reverse video swaps them, which leaves the ratio as it is).
    static func ratio(_ pair: Pair, palette: Palette) -> Double? {
        if pair.foreground == .selection {
            guard let selection = palette.color(.selection).rgb, let background = palette.color(.background).rgb else { return nil }
            return Contrast.ratio(selection, background)
        }
        let resolved = palette.resolve(Style(pair.foreground, on: pair.background))
        guard let foreground = resolved.foreground.rgb, let background = resolved.background.rgb else { return nil }
        return Contrast.ratio(foreground, background)
    }

    /// Every pair below its minimum in truecolor or at 256 colours, for `themes --check` to
    /// warn about: "muted on background (…) is 2.8:1 in truecolor, below 4.5:1".
    public static func shortfalls(of theme: Theme) -> [String] {
        [(ColorDepth.trueColor, "in truecolor"), (.indexed256, "at 256 colours")].flatMap { depth, name in
            let palette = Palette(theme: theme, depth: depth)
            return pairs(seriesCount: theme.series.count).compactMap { pair -> String? in
                guard let ratio = ratio(pair, palette: palette), ratio < pair.minimum else { return nil }
                return "\(pair) is \(Self.format(ratio)):1 \(name), below \(Self.format(pair.minimum)):1"
            }
        }
    }

    /// One decimal, rounded down so that 4.47 never reads as the 4.5 it misses.
    static func format(_ ratio: Double) -> String {
        let tenths = Int((ratio * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)"
    }
}
