import Testing
@testable import BurnrateModel
import BurnrateYAML

/// Writes a scenario and loads the text back, recording where the two part.
enum RoundTrip {
    /// Records an issue naming `origin` unless `scenario` written and loaded back is equal to
    /// it and writes the same text again.
    static func check(_ scenario: Scenario, origin: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let written = ScenarioWriter.yaml(scenario)
        let loaded: Scenario
        do {
            loaded = try ScenarioLoader.load(text: written, file: "written.yaml")
        } catch {
            Issue.record("\(origin) was written in a form that does not load:\n\(error)\n\(excerpt(written, around: error))",
                         sourceLocation: sourceLocation)
            return
        }
        #expect(loaded == scenario.asWritten, "\(origin) loads back different: \(difference(scenario.asWritten, loaded))",
                sourceLocation: sourceLocation)
        let rewritten = ScenarioWriter.yaml(loaded)
        #expect(rewritten == written, "\(origin) is written differently the second time",
                sourceLocation: sourceLocation)
    }

    /// The first part of the scenario that differs, by name.
    static func difference(_ expected: Scenario, _ actual: Scenario) -> String {
        let parts: [(String, (Scenario) -> String)] = [
            ("id, title, company", { "\($0.id) \($0.title) \($0.company)" }), ("as_of", { "\($0.asOf)" }),
            ("currency", { $0.currency }), ("horizon", { "\($0.horizon)" }), ("sources", { "\($0.sources)" }),
            ("round", { "\($0.round)" }), ("contracts", { "\($0.contracts)" }), ("sites", { "\($0.sites)" }),
            ("debt", { "\($0.debt)" }), ("leases", { "\($0.leases)" }), ("customers", { "\($0.customers)" }),
            ("financials", { "\($0.financials)" }), ("risk", { "\($0.risk.thresholds.sorted { $0.key < $1.key }) \($0.risk.weights.sorted { $0.key < $1.key })" }),
            ("uncertainty", { "\($0.uncertainty)" }),
        ]
        for (name, describe) in parts where describe(expected) != describe(actual) {
            return "\(name):\n  was    \(describe(expected).prefix(2000))\n  loaded \(describe(actual).prefix(2000))"
        }
        return "(no part differs in its description)"
    }

    /// The written lines the first diagnostic points at.
    private static func excerpt(_ text: String, around error: DiagnosticList) -> String {
        guard let line = error.diagnostics.first?.line, line > 0 else { return "" }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines[max(0, line - 3)..<min(lines.count, line + 2)].map { String($0.prefix(300)) }.joined(separator: "\n")
    }
}
