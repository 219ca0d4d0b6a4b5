/// Text made safe for a man(7) page: what the command definitions and key tables say is shown
/// as written, never read as a request or an escape.
enum Roff {
    /// A line of running text: backslashes and hyphens escaped (so that options stay
    /// copyable, `\-` being the ASCII minus), control characters dropped, and a leading `.` or
    /// `'`, which would start a request, guarded.
    static func text(_ line: some StringProtocol) -> String {
        var escaped = ""
        for scalar in line.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\e"
            case "-": escaped += "\\-"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }

    static func bold(_ text: some StringProtocol) -> String { "\\fB" + Self.text(text) + "\\fR" }

    static func italic(_ text: some StringProtocol) -> String { "\\fI" + Self.text(text) + "\\fR" }

    /// Paragraphs separated by blank lines, each filled.
    static func paragraphs(_ body: String) -> [String] {
        body.split(separator: "\n\n", omittingEmptySubsequences: true).enumerated().flatMap { index, paragraph in
            (index > 0 ? [".PP"] : []) + paragraph.split(separator: "\n").map { text($0.drop { $0 == " " }) }
        }
    }
}
