import ArgumentParser
import BurnrateModel
import BurnrateTerminal
import BurnrateView

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the full-screen dashboard (the default command).",
        discussion: """
            Three live panels: who pays (investors), for what capacity (multi-cloud contracts, \
            sites, capacity by year) and at what risk (indicators and the projection). Press ? \
            for every key; Enter on any figure explains where it comes from.

            With --scenario FILE the dashboard follows the file: every save reloads it at once. \
            A save that does not load keeps the last good model on screen under a banner with \
            the problems, until the file is fixed.

            burnrate needs a terminal. In a script, use `burnrate export` or `burnrate snapshot`.
            """
    )

    @OptionGroup var scenario: ScenarioOptions
    @OptionGroup var themeOptions: ThemeOptions
    @OptionGroup var comparing: CompareOptions
    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var simulation: SimulationViewOptions
    @OptionGroup var layoutOptions: LayoutOptions
    @OptionGroup var privacy: PrivacyOptions

    @Flag(inversion: .prefixedNo, help: "Let mouse clicks focus panels and the wheel move the selection.")
    var mouse = true

    @Flag(help: "Draw with ASCII characters only (the default when the locale is not UTF-8).")
    var ascii = false

    func run() throws {
        try reportingFailures {
            guard TerminalCheck.stdoutIsTerminal, TerminalCheck.stdinIsTerminal else {
                throw CommandFailure("""
                    burnrate: the dashboard needs a terminal, and standard input or output is not one.
                    For scripts and reports use:
                      burnrate export --format json|csv|markdown
                      burnrate snapshot --size 120x40 [--format ansi]
                    """, code: 2)
            }
            let scenario = try comparing.scenarioOptions(scenario)
            let (base, whatIf, _) = try scenario.resolve()
            let compareTarget = try comparing.target(for: base)
            let catalog = UserThemes.catalog()
            let (config, configNotice) = configOptions.forProgram(themes: catalog)
            let (themes, themeIndex) = try themeOptions.themes(configured: config.theme, catalog: catalog)
            let layouts = LayoutPreset.all(adding: config.layouts)
            let layoutIndex = try layoutOptions.index(among: layouts)
            let environment = UserThemes.processEnvironment
            let screen: CursesScreen
            do {
                screen = try CursesScreen(options: ScreenOptions(mouse: mouse))
            } catch {
                throw CommandFailure("burnrate: \(error)", code: 2)
            }
            defer { screen.close() }
            var state = AppState(model: ModelState(base: base, whatIf: whatIf, presetID: scenario.preset, isPrivate: privacy.isPrivate), width: screen.width, height: screen.height,
                                 themes: themes, themeIndex: themeIndex,
                                 glyphs: ascii ? .ascii : Glyphs.detect(environment: environment), clock: ClockTime(WallClock.now()))
            state.timeline = Timeline(year: scenario.year)
            state.compare = CompareState(target: compareTarget, open: comparing.compare.isEmpty ? nil : OpenComparison(against: .target))
            state.saving.directory = CompareOptions.saveDirectory(for: scenario.scenario)
            state.message = configNotice
            state.keymap = config.keymap
            state.layouts = layouts
            state.layoutIndex = layoutIndex
            state.alerts = AlertsState(settings: config.alerts)
            state.simulation = simulation.run
            // A path that names a file was loaded as one (ScenarioCatalog); a built-in name was not.
            let followed = FileSystem.isRegularFile(scenario.scenario) ? ScenarioReload.following(scenario.scenario) : nil
            state.league = LeagueState(includesOpenScenario: followed != nil)
            let program = DashboardProgram(depth: screen.depth, scenarioFile: followed, home: environment["HOME"],
                                           alertLog: AlertLog.path(environment: environment))
            _ = ProgramRunner.run(program, from: state, on: screen)
        }
    }
}
