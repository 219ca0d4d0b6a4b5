extension JSONValue {
    /// On one line, without spaces: a record of a JSON Lines log, or a command's input.
    public func line() -> String {
        var output = ""
        writeLine(to: &output)
        return output
    }

    private func writeLine(to output: inout String) {
        switch self {
        case .object(let members):
            output += "{"
            for (index, (key, value)) in members.enumerated() {
                output += (index == 0 ? "" : ",") + JSONValue.quoted(key) + ":"
                value.writeLine(to: &output)
            }
            output += "}"
        case .array(let elements):
            output += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { output += "," }
                element.writeLine(to: &output)
            }
            output += "]"
        case .string, .number, .bool, .null:
            output += serialized().dropLast()
        }
    }
}
