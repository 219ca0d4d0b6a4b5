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
            let ordered = collector.diagnostics.enumerated().sorted {
                ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
            }
            throw DiagnosticList(ordered.map(\.element) + reading.scenarioDiagnostics)
        }
        return deck
    }
}
