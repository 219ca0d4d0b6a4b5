import BurnrateModel
import BurnrateYAML

/// How `scenario list|show`, `deck list|show` and `themes show` print the files built into the binary.
enum BuiltInListing {
    /// One entry per name, the default marked, with a line of summary under each.
    static func list(_ names: [String], defaultName: String, summary: (String) -> String) {
        for name in names {
            let marker = name == defaultName ? "  (default)" : ""
            print("\(name)\(marker)\n    \(summary(name))")
        }
    }

    /// The file's text as it is built in, comments and all, for a user to start from.
    static func show(_ kind: String, named name: String, among names: [String], text: (String) -> String?) throws {
        guard let text = text(name) else {
            throw CommandFailure("no built-in \(kind) named \(name)\(Suggestion.hint(for: name, among: names)) (built in: \(names.joined(separator: ", ")))")
        }
        print(text, terminator: text.hasSuffix("\n") ? "" : "\n")
    }
}
