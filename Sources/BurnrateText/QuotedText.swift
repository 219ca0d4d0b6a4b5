/// Text in double quotes with the escapes JSON and YAML share (`\"`, `\\`, `\n`, `\r`, `\t`).
/// Each format says how it writes the other characters it cannot show as they are.
package enum QuotedText {
    /// `escape` returns the escape for a character that may not stand as it is, nil for one
    /// that may.
    package static func quoted(_ text: String, escape: (Unicode.Scalar) -> String?) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if let escaped = escape(scalar) { result += escaped } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }

    /// Upper-case hexadecimal digits, padded with zeros to `digits`.
    package static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
