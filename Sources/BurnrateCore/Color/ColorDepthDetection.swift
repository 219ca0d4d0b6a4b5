extension ColorDepth {
    /// The depth to draw with, from the environment and the number of colours the terminal's
    /// description reports (ncurses `COLORS`). NO_COLOR (set and not empty) wins over
    /// everything; the terminal's own hints (`hinted(by:)`) and a TERM naming 256color are
    /// believed even when its terminfo entry reports fewer.
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        let reported: ColorDepth = switch colors {
        case ColorDepth.trueColor.rawValue...: .trueColor
        case 256...: .indexed256
        case 16...: .sixteen
        case 8...: .eight
        default: .monochrome
        }
        let named: ColorDepth = environment["TERM"]?.contains("256color") == true ? .indexed256 : .monochrome
        return max(reported, named, hinted(by: environment) ?? .monochrome)
    }

    /// What the terminal emulator says it draws, beyond its terminfo entry; nil when it says
    /// nothing. Each emulator sets its variable in the programs it runs:
    /// - `COLORTERM=truecolor` or `24bit`: direct colour, the common convention.
    /// - `XTERM_VERSION` (xterm since patch 202): 256 colours, which xterm draws by default even
    ///   as `TERM=xterm`; its direct colour is matched to the palette, so 256 is what it shows.
    /// - `VTE_VERSION` (GNOME Terminal, Tilix, …): 256 colours, direct colour from VTE 0.36 (3600).
    /// - `TERM_PROGRAM`: iTerm.app 3 and later, WezTerm, vscode, ghostty, Hyper and
    ///   WarpTerminal draw direct colour; Apple_Terminal 256 colours.
    /// Inside screen or tmux (TERM screen… or tmux…) these come from the terminal outside,
    /// whose colours the multiplexer may not pass on, so only COLORTERM is believed there.
    public static func hinted(by environment: [String: String]) -> ColorDepth? {
        if let colorTerm = environment["COLORTERM"]?.lowercased(), colorTerm == "truecolor" || colorTerm == "24bit" {
            return .trueColor
        }
        let term = environment["TERM"] ?? ""
        guard !term.hasPrefix("screen"), !term.hasPrefix("tmux") else { return nil }
        if let vte = environment["VTE_VERSION"].flatMap({ Int($0) }), vte > 0 {
            return vte >= 3600 ? .trueColor : .indexed256
        }
        switch environment["TERM_PROGRAM"] {
        case "iTerm.app":
            let major = environment["TERM_PROGRAM_VERSION"]?.split(separator: ".").first.flatMap { Int($0) } ?? 0
            return major >= 3 ? .trueColor : .indexed256
        case "WezTerm", "vscode", "ghostty", "Hyper", "WarpTerminal":
            return .trueColor
        case "Apple_Terminal":
            return .indexed256
        default:
            break
        }
        if let xterm = environment["XTERM_VERSION"], !xterm.isEmpty { return .indexed256 }
        return nil
    }
}
