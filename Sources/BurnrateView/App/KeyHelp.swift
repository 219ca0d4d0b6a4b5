/// The dashboard's keys, listed once for the help screen and the footer.
public struct KeyHelp: Hashable, Sendable {
    public var keys: String
    public var action: String
    /// Shown in the footer as well as in help.
    public var inFooter: Bool

    public static let dashboard: [KeyHelp] = [
        KeyHelp(keys: "Tab / Shift-Tab", action: "focus the next / previous panel", inFooter: true),
        KeyHelp(keys: "1 2 3", action: "focus investors, capacity, risk", inFooter: false),
        KeyHelp(keys: "↑ ↓  k j", action: "move the selection (above the first row: the header row)", inFooter: true),
        KeyHelp(keys: "← →  h l", action: "focus the panel to the left / right", inFooter: false),
        KeyHelp(keys: "PgUp PgDn Home End", action: "move the selection by a page, to the ends", inFooter: false),
        KeyHelp(keys: "Enter", action: "explain the selected figure (zoom when nothing is selected)", inFooter: true),
        KeyHelp(keys: "e", action: "explain the selected figure", inFooter: false),
        KeyHelp(keys: ":", action: "palette: any action, preset, theme, what-if input; set PATH=VALUE", inFooter: true),
        KeyHelp(keys: "/", action: "filter the focused panel's rows (Enter keeps it, Esc clears it)", inFooter: true),
        KeyHelp(keys: "z", action: "zoom the focused panel to full screen, or back", inFooter: true),
        KeyHelp(keys: "Esc", action: "close, unzoom, clear the selection", inFooter: false),
        KeyHelp(keys: "w", action: "what-if panel: ↑↓ pick an input, ←→ or -/+ change it (←→ on a preset: next column), Enter type a value or add a preset, x take a preset off", inFooter: true),
        KeyHelp(keys: "r", action: "reset the what-if: back to the scenario as loaded", inFooter: false),
        KeyHelp(keys: "s", action: "save the what-if as a new scenario file (asks before overwriting)", inFooter: false),
        KeyHelp(keys: "c", action: "compare side by side with another scenario, or back", inFooter: false),
        KeyHelp(keys: "space", action: "play or pause the timeline through the projection years", inFooter: true),
        KeyHelp(keys: "[ ]", action: "timeline: previous / next year", inFooter: false),
        KeyHelp(keys: "< >", action: "timeline: slower / faster playback", inFooter: false),
        KeyHelp(keys: "t", action: "next theme", inFooter: true),
        KeyHelp(keys: "?", action: "this help", inFooter: true),
        KeyHelp(keys: "Ctrl-L", action: "redraw the screen", inFooter: false),
        KeyHelp(keys: "q  Ctrl-C", action: "quit", inFooter: true),
        KeyHelp(keys: "mouse click", action: "focus a panel, select a row", inFooter: false),
    ]
}
