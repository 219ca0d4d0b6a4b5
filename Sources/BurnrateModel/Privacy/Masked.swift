/// A figure hidden in private mode stands in the model as a NaN with a payload of its own. IEEE
/// arithmetic carries a NaN operand's payload into the result, so every figure computed from a
/// hidden one (a total, a share, an index, a projected balance) is hidden too, through the same
/// code that computes it, with no list of what depends on what. `FigureFormat` writes it as
/// "•••". Where the payload is lost (a NaN made afresh, 0 ÷ 0) the figure reads "n/a": never
/// the value.
public enum Masked {
    public static let value = Double(nan: 0x5EC2E7, signaling: false)

    public static func isMasked(_ figure: Double) -> Bool {
        figure.isNaN && figure.significandBitPattern & 0x7_FFFF_FFFF_FFFF == 0x5EC2E7
    }

    public static func isMasked(_ figure: Double?) -> Bool {
        figure.map(isMasked) ?? false
    }

    /// A hidden indicator's formula: its words up to the first "=", then "= •••"; "•••" alone
    /// when those hold a digit. The figures are those of its inputs, some hidden and some not,
    /// and what they come to; words with a year or a date in them ("cash lasts through 2030")
    /// come from comparing a hidden figure.
    public static func formula(_ formula: String) -> String {
        guard let equals = formula.firstRange(of: " = ") else { return text }
        let words = formula[..<equals.lowerBound]
        return words.contains(where: \.isNumber) ? text : words + " = " + text
    }

    /// A finite or hidden figure; nil for any other NaN or infinity, which the inputs do not allow.
    public static func finiteOrMasked(_ figure: Double) -> Double? {
        figure.isFinite || isMasked(figure) ? figure : nil
    }

    /// What a hidden figure reads as; `--ascii` spells it "***".
    public static let text = "•••"
}
