import BurnrateText

extension Source {
    /// "Publisher, Title, 2026-02-01", as a list of sources names it, shown through
    /// `TerminalSafe` (a source's text comes from a file).
    public var citation: String {
        "\(TerminalSafe.escape(publisher)), \(TerminalSafe.escape(title)), \(date)"
    }

    /// The address when it is one a reader can follow as one piece: `http(s)://`, nothing that
    /// ends or hides a link. Nil for none, for `javascript:` and the like, and for one with a
    /// space or an angle bracket in it.
    public var webAddress: String? {
        guard let url, url.hasPrefix("https://") || url.hasPrefix("http://"),
              !url.contains(where: { $0 == "<" || $0 == ">" || $0 == "\"" || $0.isWhitespace || TerminalSafe.needsEscaping($0) })
        else { return nil }
        return url
    }
}
