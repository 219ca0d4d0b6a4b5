import BurnrateModel

/// A view that follows a scenario file on disk (the dashboard, a presentation): what a
/// reload, a broken save and a deleted file do to it, in one place.
protocol ScenarioFollower {
    var banner: Banner? { get set }
    var message: String? { get set }
    /// Takes the reloaded scenario, keeping what the user has set up on top of it.
    mutating func replaceScenario(_ scenario: Scenario)
}

extension ScenarioFollower {
    mutating func reloaded(_ scenario: Scenario) {
        replaceScenario(scenario)
        banner = nil
        message = "reloaded \(scenario.id)"
    }

    /// The last good model stays on screen under the diagnostics.
    mutating func broke(_ diagnostics: DiagnosticList) {
        banner = .broken(diagnostics)
    }

    mutating func lost(_ path: String) {
        banner = .deleted(path)
    }
}

extension AppState: ScenarioFollower {
    mutating func replaceScenario(_ scenario: Scenario) {
        model.replaceBase(scenario)
        timeline.clamp(to: years)
    }
}

extension DeckState: ScenarioFollower {}
