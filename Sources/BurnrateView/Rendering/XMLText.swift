/// Text as XML (SVG pictures, the HTML handout) spells it.
enum XMLText {
    /// Text safe in an element and in a double- or single-quoted attribute. Text is shown
    /// through `TerminalSafe` before it gets here (the canvas draws control characters as their
    /// escapes); any control character that reaches here anyway (C0, DEL, C1: XML 1.0 forbids
    /// most C0 controls and discourages the rest), and U+FFFE and U+FFFF, which it forbids too,
    /// become U+FFFD, line breaks too unless they are kept.
    static func escaped(_ text: some StringProtocol, keepingLineBreaks: Bool = false) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\n" where keepingLineBreaks: output += "\n"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output.unicodeScalars.append("\u{FFFD}")
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
