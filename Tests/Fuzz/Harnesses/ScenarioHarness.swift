import BurnrateModel
import BurnrateView

/// Scenario files: whatever loads is analysed, projected, exported in every format and drawn
/// as a dashboard, since crashes were found past the loader (a horizon that overflows).
enum ScenarioHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let text = utf8Text(bytes) else { return }
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.load(text: text, file: "fuzz.yaml")
        } catch {
            guard !error.diagnostics.isEmpty else { throw FuzzFailure("refused with no diagnostic") }
            _ = error.description
            return
        }
        try exercise(scenario)
    }

    /// Everything a loaded scenario goes through on its way to a user.
    static func exercise(_ scenario: Scenario) throws(FuzzFailure) {
        let analysis = Analysis(scenario: scenario)
        let report = ExportReport(analysis: analysis)
        _ = report.json().serialized()
        _ = report.csv()
        _ = report.markdown()
        let state = AppState(model: ModelState(base: scenario), width: 100, height: 30)
        try DashboardKeysHarness.check(state, DashboardView.render(state))
    }
}
