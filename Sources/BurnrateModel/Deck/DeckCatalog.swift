/// Finds a deck by the name a user typed: a file on disk, or else a built-in deck.
public enum DeckCatalog {
    /// Loads `reference` as a file when one exists at that path (or it looks like one), else as
    /// a built-in name. A deck file's relative scenario paths count from the deck's folder.
    /// `fileExists` is injected so that tests need no files.
    public static func load(_ reference: String,
                            fileExists: @escaping (String) -> Bool = FileSystem.isRegularFile) throws(DiagnosticList) -> LoadedDeck {
        if fileExists(reference) || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/") {
            let folder = folder(of: reference)
            return try DeckLoader.load(text: TextFile.contents(ofFile: reference), file: reference) { (scenario) throws(DiagnosticList) in
                let besideDeck = scenario.hasPrefix("/") || folder.isEmpty ? scenario : joined(folder, scenario)
                return try ScenarioCatalog.load(fileExists(besideDeck) ? besideDeck : scenario, fileExists: fileExists)
            }
        }
        guard let text = BuiltInDecks.text(named: reference) else {
            let names = BuiltInDecks.names.joined(separator: ", ")
            throw DiagnosticList([Diagnostic(
                file: reference, line: 0, column: 0, path: "",
                message: "no deck file at this path and no built-in deck of this name (built in: \(names))")])
        }
        return try DeckLoader.load(text: text, file: "builtin:\(reference)") { (scenario) throws(DiagnosticList) in
            try ScenarioCatalog.load(scenario, fileExists: fileExists)
        }
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// The folder part of a path, empty for a bare file name.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
