/// Text in double quotes with the escapes JSON and YAML share (`\"`, `\\`, `\n`, `\r`, `\t`).
/// Each format says how it writes the other characters it cannot show as they are.
package enum QuotedText {
    /// `escape` returns the escape for a character that may not stand as it is, nil for one
    /// that may.
    package static func quoted(_ text: String, escape: (Unicode.Scalar) -> String?) -> String {
        var result = "\""
        let scalars = text.unicodeScalars
        // Text between escapes is copied a run at a time: appended a scalar at a time, an alert's
        // log line cost 200,000 instructions.
        var plainFrom = scalars.startIndex
        for index in scalars.indices {
            let scalar = scalars[index]
            let escaped: String? = switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            default: escape(scalar)
            }
            guard let escaped else { continue }
            result += Substring(scalars[plainFrom..<index])
            result += escaped
            plainFrom = scalars.index(after: index)
        }
        result += Substring(scalars[plainFrom...])
        return result + "\""
    }

    /// Upper-case hexadecimal digits, padded with zeros to `digits`.
    package static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
