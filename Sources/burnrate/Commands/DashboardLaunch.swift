import BurnrateModel
import BurnrateTerminal
import BurnrateView

/// Everything the dashboard starts from, as values: `burnrate dashboard` fills it from its
/// options, and `burnrate` alone starts from these defaults without parsing anything (the
/// parse of seven option groups was a sixth of the dashboard's start-up, README "Benchmarks").
struct DashboardLaunch {
    var scenario = ScenarioChoice()
    var compare = CompareChoice()
    var theme: String?
    var configPath: String?
    var simulation = SimulationRun()
    var layout: String?
    var isPrivate = false
    var mouse = true
    var ascii = false

    func run() throws {
        guard TerminalCheck.stdoutIsTerminal, TerminalCheck.stdinIsTerminal else {
            throw CommandFailure("""
                burnrate: the dashboard needs a terminal, and standard input or output is not one.
                For scripts and reports use:
                  burnrate export --format json|csv|markdown
                  burnrate snapshot --size 120x40 [--format ansi]
                """, code: 2)
        }
        let scenario = try compare.scenarioChoice(scenario)
        let (base, whatIf, _) = try scenario.resolve()
        let compareTarget = try compare.target(for: base)
        let catalog = UserThemes.catalog()
        let (config, configNotice) = ConfigOptions.forProgram(path: configPath, themes: catalog)
        let (themes, themeIndex) = try ThemeOptions.themes(named: theme, configured: config.theme, catalog: catalog)
        let layouts = LayoutPreset.all(adding: config.layouts)
        let layoutIndex = try LayoutOptions.index(of: layout, among: layouts)
        let environment = UserThemes.processEnvironment
        let screen = try openScreen(mouse: mouse)
        defer { screen.close() }
        var state = AppState(model: ModelState(base: base, whatIf: whatIf, presetID: scenario.preset, isPrivate: isPrivate), width: screen.width, height: screen.height,
                             themes: themes, themeIndex: themeIndex,
                             glyphs: ascii ? .ascii : Glyphs.detect(environment: environment), clock: ClockTime(WallClock.now()))
        state.timeline = Timeline(year: scenario.year)
        state.compare = CompareState(target: compareTarget, open: compare.scenarios.isEmpty ? nil : OpenComparison(against: .target))
        state.saving.directory = CompareChoice.saveDirectory(for: scenario.scenario)
        state.message = configNotice
        state.keymap = config.keymap
        state.layouts = layouts
        state.layoutIndex = layoutIndex
        state.alerts = AlertsState(settings: config.alerts)
        state.simulation = simulation
        // A path that names a file was loaded as one (ScenarioCatalog); a built-in name was not.
        let followed = FileSystem.isRegularFile(scenario.scenario) ? ScenarioReload.following(scenario.scenario) : nil
        state.league = LeagueState(includesOpenScenario: followed != nil)
        let program = DashboardProgram(depth: screen.depth, scenarioFile: followed, home: environment["HOME"],
                                       alertLog: AlertLog.path(environment: environment))
        _ = ProgramRunner.run(program, from: state, on: screen)
    }
}
