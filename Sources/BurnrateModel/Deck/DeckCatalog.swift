import BurnrateYAML

/// Finds a deck by the name a user typed: a file on disk, or else a built-in deck.
public enum DeckCatalog {
    /// Loads `reference` as a file when one exists at that path (or it looks like one), else as
    /// a built-in name. A deck file's relative scenario paths count from the deck's folder.
    /// `fileExists` is injected so that tests need no files.
    public static func load(_ reference: String,
                            fileExists: @escaping (String) -> Bool = FileSystem.isRegularFile) throws(DiagnosticList) -> LoadedDeck {
        if isFile(reference, fileExists: fileExists) {
            return try DeckLoader.load(text: TextFile.contents(ofFile: reference), file: reference) { (scenario) throws(DiagnosticList) in
                try ScenarioCatalog.load(scenarioReference(scenario, forDeck: reference, fileExists: fileExists), fileExists: fileExists)
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

    /// A scenario reference written in deck `reference` as it is loaded: a file beside the deck
    /// when there is one, else as written (a built-in name, or a path from the working folder).
    public static func scenarioReference(_ scenario: String, forDeck reference: String,
                                         fileExists: (String) -> Bool = FileSystem.isRegularFile) -> String {
        let folder = folder(of: reference)
        guard isFile(reference, fileExists: fileExists), !scenario.hasPrefix("/"), !folder.isEmpty else { return scenario }
        let besideDeck = joined(folder, scenario)
        return fileExists(besideDeck) ? besideDeck : scenario
    }

    private static func isFile(_ reference: String, fileExists: (String) -> Bool) -> Bool {
        fileExists(reference) || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml") || reference.contains("/")
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
