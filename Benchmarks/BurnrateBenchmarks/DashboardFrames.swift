import BurnrateModel
import BurnrateView

/// The dashboard of the default scenario at 160×48, and two frames one ↓ apart: the frame the
/// screen has and the one a keypress asks for.
struct DashboardFrames {
    let fresh: AppState
    /// The what-if panel open on SoftBank's realisation.
    let whatIfOpen: AppState
    let before: Canvas
    let after: Canvas

    init() {
        let text = BuiltInScenarios.text(named: BuiltInScenarios.defaultName)!
        let scenario = try! ScenarioLoader.load(text: text, file: "builtin")
        var state = AppState(model: ModelState(base: scenario), width: 160, height: 48,
                             clock: ClockTime(hour: 12, minute: 0, second: 0))
        fresh = state
        whatIfOpen = DashboardUpdate.update(DashboardUpdate.update(state, .key(.character("w"))).0, .key(.down)).0
        state = DashboardUpdate.update(state, .key(.down)).0
        before = DashboardView.render(state)
        state = DashboardUpdate.update(state, .key(.down)).0
        after = DashboardView.render(state)
    }
}
