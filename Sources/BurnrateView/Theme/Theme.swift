/// How the roles look: a colour for each role and attributes for some, independent of the
/// terminal. `Palette` fits it to what the terminal can show.
///
/// Theme files (Themes/*.yaml, and user themes) read:
///
/// ```yaml
/// name: default
/// description: Dark, soft colours.
/// colors:
///   background: "#11111b"     # "#rrggbb", an xterm index 0-255, or default
///   text: "#e6e9f8"
///   muted: "#9399b2"
///   border: "#6c7086"
///   title: "#b4befe"
///   accent: "#89b4fa"
///   selection: "#5e6178"      # background of the selected row or tab
///   ok: "#a6e3a1"
///   watch: "#f9e2af"
///   alert: "#f38ba8"
///   series: ["#89b4fa", "#fab387", 141]   # data series in order; reused from the start
/// attributes:                 # optional; any of bold, dim, italic, underline, reverse
///   title: [bold]
///   muted: [dim]
/// colors16:                   # optional: the theme as designed for 16 colours, every role
///   background: default       # default, reverse, or a neutral (black, white, bright-black,
///   selection: reverse        #   bright-white): never a saturated colour behind text
///   text: default             # black … white, bright-black … bright-white, 0-15, default
///   ok: green
///   …
///   series: [bright-blue, yellow]
/// colors8:                    # optional: the same at 8 colours (black … white, 0-7); without
///   …                         #   it colors16 with its bright colours made plain
/// ```
///
/// Every colour role is required and `series` needs at least one colour; `name` and
/// `description` are optional, and the catalogue knows a theme by its file name (dusk.yaml is
/// "dusk"). `ThemeLoader` reads the files. Attributes apply to
/// text drawn in the role, and to cells whose background is the role (selection: reverse).
public struct Theme: Hashable, Sendable {
    public var name: String
    public var description: String
    public var colors: [ThemeRole: ThemeColor]
    public var series: [ThemeColor]
    public var attributes: [ThemeRole: TextAttributes]
    /// The theme as designed for 16 and 8 colours (`colors16:`, `colors8:`); see `fallback(for:)`.
    public var colors16: ThemeFallback?
    public var colors8: ThemeFallback?

    public init(name: String, description: String = "", background: ThemeColor, text: ThemeColor, muted: ThemeColor,
                border: ThemeColor, title: ThemeColor, accent: ThemeColor, selection: ThemeColor, ok: ThemeColor,
                watch: ThemeColor, alert: ThemeColor, series: [ThemeColor],
                attributes: [ThemeRole: TextAttributes] = [:], colors16: ThemeFallback? = nil,
                colors8: ThemeFallback? = nil) {
        self.name = name
        self.description = description
        colors = [.background: background, .text: text, .muted: muted, .border: border, .title: title, .accent: accent,
                  .selection: selection, .ok: ok, .watch: watch, .alert: alert]
        self.series = series.isEmpty ? [accent] : series
        self.attributes = attributes
        self.colors16 = colors16
        self.colors8 = colors8
    }

    public func color(_ role: Role) -> ThemeColor {
        if case let .series(index) = role {
            guard !series.isEmpty else { return color(.accent) }
            return series[((index % series.count) + series.count) % series.count]
        }
        return color(of: ThemeRole(role))
    }

    /// A named role's colour as the theme gives it (`series` stands for its first colour).
    public func color(of role: ThemeRole) -> ThemeColor {
        role == .series ? color(.series(0)) : colors[role] ?? .terminalDefault
    }
}
