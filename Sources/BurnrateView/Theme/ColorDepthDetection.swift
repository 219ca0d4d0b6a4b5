extension ColorDepth {
    /// The depth to draw with, from the environment and the number of colours the terminal's
    /// description reports (ncurses `COLORS`). NO_COLOR (set and not empty) wins over
    /// everything; COLORTERM=truecolor or 24bit promises direct colour; a TERM naming
    /// 256color is believed even when its terminfo entry reports fewer.
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        if let colorTerm = environment["COLORTERM"]?.lowercased(), colorTerm == "truecolor" || colorTerm == "24bit" {
            return .trueColor
        }
        let reported: ColorDepth = switch colors {
        case ColorDepth.trueColor.rawValue...: .trueColor
        case 256...: .indexed256
        case 16...: .sixteen
        case 8...: .eight
        default: .monochrome
        }
        if environment["TERM"]?.contains("256color") == true { return max(reported, .indexed256) }
        return reported
    }
}
