/// A double's shortest round-trip decimal digits, moved by powers of ten without arithmetic,
/// so that "30B" or "27%" written from a double reads back as exactly that double.
struct DecimalText {
    /// Significant digits without leading or trailing zeros; empty for zero.
    private var digits: [Character]
    /// Where the decimal point sits: value = 0.digits × 10^point.
    private var point: Int

    init(_ value: Double) {
        precondition(value.isFinite && value >= 0)
        // -0 is at least 0 too, and would be written "-0.0".
        let written = "\(value.magnitude)"
        let parts = written.split(separator: "e")
        let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        var digits = Array(mantissa[0] + (mantissa.count > 1 ? mantissa[1] : ""))
        var point = mantissa[0].count + (parts.count > 1 ? Int(parts[1])! : 0)
        while digits.first == "0" {
            digits.removeFirst()
            point -= 1
        }
        while digits.last == "0" { digits.removeLast() }
        self.digits = digits
        self.point = digits.isEmpty ? 0 : point
    }

    /// Digits after the decimal point once divided by 10^exponent.
    func fractionDigits(dividedBy exponent: Int) -> Int {
        max(0, digits.count - (point - exponent))
    }

    /// Digits before the decimal point once divided by 10^exponent.
    func integerDigits(dividedBy exponent: Int) -> Int {
        max(0, point - exponent)
    }

    /// The value divided by 10^exponent, written out without an exponent.
    func text(dividedBy exponent: Int) -> String {
        guard !digits.isEmpty else { return "0" }
        let shifted = point - exponent
        if shifted <= 0 { return "0." + String(repeating: "0", count: -shifted) + String(digits) }
        if shifted >= digits.count { return String(digits) + String(repeating: "0", count: shifted - digits.count) }
        return String(digits[..<shifted]) + "." + String(digits[shifted...])
    }
}
