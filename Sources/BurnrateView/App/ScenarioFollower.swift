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
    /// A broken or deleted file leaves the last good model on screen under a banner.
    mutating func follow(_ change: ScenarioFileChange) {
        switch change {
        case .reloaded(let scenario):
            replaceScenario(scenario)
            banner = nil
            message = "reloaded \(scenario.id)"
        case .broken(let diagnostics):
            banner = .broken(diagnostics)
        case .deleted(let path):
            banner = .deleted(path)
        }
    }
}

extension AppState: ScenarioFollower {
    mutating func replaceScenario(_ scenario: Scenario) {
        model.replaceBase(scenario)
        timeline.clamp(to: years)
    }
}

extension DeckState: ScenarioFollower {}
