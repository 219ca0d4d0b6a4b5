/// Loads scenario files (schema: README.md, "Scenario files") into `Scenario`.
public enum ScenarioLoader {
    /// Parses and validates; throws every problem at once, in the order they stand in the file.
    public static func load(text: String, file: String) throws(DiagnosticList) -> Scenario {
        let document = try YAMLDocument(text: text, file: file)
        let collector = DiagnosticCollector(file: file)
        let reading = ScenarioReading(collector: collector)
        let scenario = reading.scenario(document.reader(into: collector))
        guard let scenario, collector.isEmpty else {
            throw collector.inFileOrder
        }
        return scenario
    }

    /// Reads a file: a missing or unreadable file, an empty one, one that is not text and one
    /// over 8 MiB each get a diagnostic on line 0.
    public static func load(contentsOf path: String) throws(DiagnosticList) -> Scenario {
        try load(text: TextFile.contents(ofFile: path), file: path)
    }
}
