/// Numbers as an SVG document spells them.
enum SVGNumber {
    /// A length in user units: whole numbers without a point, others to three decimals with
    /// trailing zeros dropped ("12", "1.5", "0.333"), so the document reads the same on every run.
    static func text(_ value: Double) -> String {
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
}
