import BurnrateCore

/// Which terminfo descriptions to try for TERM, in order, and what to say after exit when one
/// stood in for it.
///
/// Terminals that emulate xterm and ship their own terminfo entry (kitty, alacritty, foot,
/// ghostty, wezterm, …) find it missing on most machines one reaches over ssh. Their entries
/// extend xterm-256color, so that description draws them correctly, without their extras. Only
/// names of such terminals are trusted, by family (`foot`, `foot-extra`, `foot-direct`), and any
/// `xterm-…` name, which claims xterm compatibility by its name. Other unknown names (a
/// multiplexer, rxvt, a console) may send and take other sequences, and are refused.
///
/// A real xterm, VTE or iTerm2 says `TERM=xterm` (8 colours) while drawing 256: when the
/// terminal's own hints say so, the 256-colour entry is opened instead, which differs from
/// `xterm` only in its colours.
public struct TerminalDescription: Hashable, Sendable {
    /// The terminfo name to open; nil for TERM itself.
    public var name: String?
    /// Said on stderr after the terminal is given back, when a fallback stood in for TERM.
    public var notice: String?

    static let xtermCompatibleFamilies = [
        "alacritty", "contour", "foot", "ghostty", "gnome", "iterm2", "kitty", "konsole", "mintty", "rio", "vte",
        "wezterm", "xterm",
    ]
    static let fallback = "xterm-256color"

    /// The descriptions to try for `term`, first that opens wins. `hintedDepth` is what the
    /// terminal's environment says it draws (`ColorDepth.hinted(by:)`).
    public static func candidates(term: String, hintedDepth: ColorDepth?) -> [TerminalDescription] {
        if term == "xterm", let hintedDepth, hintedDepth >= .indexed256 {
            return [TerminalDescription(name: fallback), TerminalDescription()]
        }
        guard isXtermCompatible(term) else { return [TerminalDescription()] }
        let notice = "burnrate: no terminfo entry for '\(term)' here; drew it as \(fallback), which it is compatible with"
        return [TerminalDescription(), TerminalDescription(name: fallback, notice: notice)]
    }

    /// A name of a terminal known to emulate xterm; only plain terminfo names (letters, digits,
    /// `.`, `+`, `_`, `-`, at most 64) qualify, so the name is safe to print.
    public static func isXtermCompatible(_ term: String) -> Bool {
        guard (1...64).contains(term.utf8.count),
              term.utf8.allSatisfy({ $0 < 0x80 && (Character(Unicode.Scalar($0)).isLetter
                  || Character(Unicode.Scalar($0)).isNumber || ".+_-".utf8.contains($0)) })
        else { return false }
        let name = term.lowercased()
        return xtermCompatibleFamilies.contains { name == $0 || name.hasPrefix($0 + "-") }
    }
}
