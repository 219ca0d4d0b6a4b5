/// Numbers and text as an SVG document spells them.
enum SVGText {
    /// A length in user units: whole numbers without a point, others to three decimals with
    /// trailing zeros dropped ("12", "1.5", "0.333"), so the document reads the same on every run.
    static func number(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let sign = thousandths < 0 ? "-" : ""
        let magnitude = thousandths.magnitude
        let whole = String(magnitude / 1000)
        let fraction = magnitude % 1000
        guard fraction != 0 else { return sign + whole }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return sign + whole + "." + digits
    }

    /// Text safe in an element and in a double- or single-quoted attribute. The canvas draws
    /// control characters as their escapes already; any that reaches here anyway (C0, DEL, C1:
    /// XML 1.0 forbids most C0 controls and discourages the rest), and U+FFFE and U+FFFF,
    /// which it forbids too, become U+FFFD.
    static func escaped(_ text: some StringProtocol) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                output.unicodeScalars.append("\u{FFFD}")
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
