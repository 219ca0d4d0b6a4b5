import BurnrateText
import BurnrateYAML

/// A JSON document with keys in a fixed order, so that exports are stable and diffable.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)
    case null

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        case let (.array(a), .array(b)): a == b
        case let (.string(a), .string(b)): a == b
        case let (.number(a), .number(b)): a == b
        case let (.bool(a), .bool(b)): a == b
        case (.null, .null): true
        default: false
        }
    }

    /// Nil becomes `null`.
    public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// Pretty-printed with two-space indents and a final newline.
    public func serialized() -> String {
        var output = ""
        write(to: &output, indent: "")
        return output + "\n"
    }

    private func write(to output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner + JSONValue.quoted(key) + ": "
                value.write(to: &output, indent: inner)
                output += index < members.count - 1 ? ",\n" : "\n"
            }
            output += indent + "}"
        case .array(let elements):
            guard !elements.isEmpty else { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                element.write(to: &output, indent: inner)
                output += index < elements.count - 1 ? ",\n" : "\n"
            }
            output += indent + "]"
        case .string(let text): output += JSONValue.quoted(text)
        case .number(let value): output += JSONValue.numberText(value)
        case .bool(let flag): output += flag ? "true" : "false"
        case .null: output += "null"
        }
    }

    /// Whole numbers without a fraction (50000000000, not 5e+10 or 50000000000.0); others in
    /// Swift's shortest form that reads back to the same Double. JSON has no NaN or infinity.
    static func numberText(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// JSON's escapes; other control characters, and the invisible characters `TerminalSafe`
    /// escapes (DEL, C1, bidirectional and format characters), as `\u001b`, `\u202e`, or a
    /// surrogate pair past U+FFFF: still the same string to a JSON reader, and safe to `cat`.
    static func quoted(_ text: String) -> String {
        QuotedText.quoted(text) { scalar in
            guard TerminalSafe.isHidden(scalar) else { return nil }
            return String(scalar).utf16.map { "\\u" + QuotedText.hex(UInt32($0), digits: 4).lowercased() }.joined()
        }
    }
}
