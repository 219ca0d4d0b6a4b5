import BurnrateYAML

/// Loads deck files (schema: README.md, "Presentation mode") and the scenarios they name.
public enum DeckLoader {
    /// Parses and checks a deck; `loadScenario` loads the scenario references it holds (the
    /// deck's own and those of `compare` slides). Throws every problem at once: the deck's in
    /// the order they stand in the file, then those inside the scenario files it names.
    public static func load(text: String, file: String,
                            loadScenario: @escaping (String) throws(DiagnosticList) -> Scenario) throws(DiagnosticList) -> LoadedDeck {
        let document = try YAMLDocument(text: text, file: file)
        let collector = DiagnosticCollector(file: file)
        let reading = DeckReading(collector: collector, loadScenario: loadScenario)
        let deck = reading.deck(document.reader(into: collector))
        guard let deck, collector.isEmpty, reading.scenarioDiagnostics.isEmpty else {
            throw DiagnosticList(collector.inFileOrder.diagnostics + reading.scenarioDiagnostics)
        }
        return deck
    }
}
