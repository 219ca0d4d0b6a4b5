import BurnrateYAML

/// Loads scenario files (schema: README.md, "Scenario files") into `Scenario`.
public enum ScenarioLoader {
    /// Parses and validates; throws every problem at once, in the order they stand in the file.
    public static func load(text: String, file: String) throws(DiagnosticList) -> Scenario {
        try read(text: text, file: file).scenario
    }

    /// Reads a file: a missing or unreadable file, an empty one, one that is not text and one
    /// over 8 MiB each get a diagnostic on line 0.
    public static func load(contentsOf path: String) throws(DiagnosticList) -> Scenario {
        try load(text: TextFile.contents(ofFile: path), file: path)
    }

    /// Loads as `load` does, then looks for figures that do not agree with each other: the
    /// scenario and its warnings, in the order they stand in the file.
    public static func check(text: String, file: String) throws(DiagnosticList) -> (scenario: Scenario, warnings: [Diagnostic]) {
        let (scenario, reading) = try read(text: text, file: file)
        return (scenario, ConsistencyWarnings.warnings(in: scenario, at: reading.figurePositions, file: file))
    }

    public static func check(contentsOf path: String) throws(DiagnosticList) -> (scenario: Scenario, warnings: [Diagnostic]) {
        try check(text: TextFile.contents(ofFile: path), file: path)
    }

    private static func read(text: String, file: String) throws(DiagnosticList) -> (scenario: Scenario, reading: ScenarioReading) {
        let document = try YAMLDocument(text: text, file: file)
        let collector = DiagnosticCollector(file: file)
        let reading = ScenarioReading(collector: collector)
        let scenario = reading.scenario(document.reader(into: collector))
        guard let scenario, collector.isEmpty else {
            throw collector.inFileOrder
        }
        return (scenario, reading)
    }
}
