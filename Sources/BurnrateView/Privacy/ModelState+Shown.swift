import BurnrateModel

extension ModelState {
    /// Another scenario's analysis as this model shows it: its confidential figures hidden too
    /// in private mode. Worked out again for each frame, only while private mode compares.
    func shown(_ other: Analysis) -> Analysis {
        isPrivate ? Analysis(scenario: other.scenario.masked) : other
    }
}

extension DeckState {
    /// The analysis a compare slide sets beside the deck's scenario, by the deck's reference.
    func comparedAnalysis(_ reference: String) -> Analysis? {
        loaded.comparedAnalyses[reference].map(model.shown)
    }
}
