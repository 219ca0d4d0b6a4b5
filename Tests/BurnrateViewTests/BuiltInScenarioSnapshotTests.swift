import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// The dashboard at 160×48 on each built-in scenario added with issue 14, compared with golden
/// files that were looked at by eye (and a few figures checked against the YAML) when recorded.
@Suite(.snapshots(record: .missing))
struct BuiltInScenarioSnapshotTests {
    @Test(arguments: ["openai-2026-07", "anthropic-2026-02", "anthropic-2026-05", "xai-2026", "coreweave-2026"])
    func dashboard(name: String) throws {
        let state = AppState(model: ModelState(base: try ScenarioCatalog.load(name)), width: 160, height: 48)
        assertSnapshot(of: CanvasRenderer.text(DashboardView.render(state)), as: .lines, named: name)
    }
}
