import BurnrateModel

/// The league table's part of the app state: whether the scenario on screen has a column of its
/// own, and the view when it is open.
public struct LeagueState: Sendable {
    /// The scenario on screen is a file: it joins the built-in scenarios, after them.
    public var includesOpenScenario: Bool
    public var open: OpenLeague?

    public init(includesOpenScenario: Bool = false, open: OpenLeague? = nil) {
        self.includesOpenScenario = includesOpenScenario
        self.open = open
    }
}

/// The open league table: the built-in scenarios' analyses, worked out when it opened (with
/// their confidential figures hidden when private mode first asks), and how far it is scrolled.
public struct OpenLeague: Sendable {
    let builtIns: [Analysis]
    private let hiddenBuiltIns: [LazyAnalysis]
    public var scroll = 0

    init(builtIns: [Analysis]) {
        self.builtIns = builtIns
        hiddenBuiltIns = builtIns.map { analysis in LazyAnalysis { Analysis(scenario: analysis.scenario.masked) } }
    }

    /// The built-in scenarios as a model in private mode or not shows them (`ModelState.shown`),
    /// worked out once rather than at every frame.
    func builtIns(isPrivate: Bool) -> [Analysis] {
        isPrivate ? hiddenBuiltIns.map(\.value) : builtIns
    }
}

extension AppState {
    /// What the open league table shows: every built-in scenario, then the one on screen when it
    /// is a file, each as loaded (a what-if is the compare view's business), with hidden
    /// figures hidden in private mode.
    var shownLeague: League? {
        guard let open = league.open else { return nil }
        var analyses = open.builtIns(isPrivate: model.isPrivate)
        if league.includesOpenScenario { analyses.append(model.baseAnalysis) }
        return League(analyses: analyses)
    }
}

extension OpenLeague: ScrollsByRows {}
