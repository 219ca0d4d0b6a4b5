import BurnrateYAML

/// `alerts:` in config.yaml: `{bell: true, command: [notify-send, burnrate]}`.
extension ConfigReading {
    static let alertKeys = ["bell", "command"]

    func alerts(_ reader: NodeReader) -> AlertSettings? {
        guard reader.kind == .mapping else {
            return reader.expected("a mapping of alert settings (\(Self.alertKeys.joined(separator: ", ")))")
        }
        guard let fields = reader.fields(Self.alertKeys) else { return nil }
        let bell = fields.optional("bell", flag)
        let command = fields.optional("command", command)
        return AlertSettings(bell: bell ?? false, command: command ?? [])
    }

    func flag(_ reader: NodeReader) -> Bool? {
        if reader.kind == .plainScalar, reader.isWritten(as: "true") { return true }
        if reader.kind == .plainScalar, reader.isWritten(as: "false") { return false }
        return reader.expected("true or false")
    }

    /// The program and its arguments, as a list: a single text would tempt one to write a shell
    /// command line, which nothing here would split.
    func command(_ reader: NodeReader) -> [String]? {
        let expected = "a list of the program and its arguments, such as [notify-send, burnrate] (no shell reads it)"
        guard reader.kind == .list, let items = reader.list() else { return reader.expected(expected) }
        guard !items.isEmpty else {
            reader.report("expected the program and its arguments, found an empty list")
            return nil
        }
        guard items.count <= AlertSettings.maximumArguments else {
            reader.report("expected at most \(AlertSettings.maximumArguments) arguments, found \(items.count)")
            return nil
        }
        let words = items.map { item -> String? in
            guard item.kind.isScalar, let word = item.scalarText, !word.isEmpty else { return item.expected("a program or an argument") }
            return word
        }
        return words.contains { $0 == nil } ? nil : words.compactMap { $0 }
    }
}
