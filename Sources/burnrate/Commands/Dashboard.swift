import ArgumentParser

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
    var mouse = DashboardLaunch().mouse

    @Flag(help: "Draw with ASCII characters only (the default when the locale is not UTF-8).")
    var ascii = DashboardLaunch().ascii

    var launch: DashboardLaunch {
        DashboardLaunch(scenario: scenario.choice, compare: comparing.choice, theme: themeOptions.theme,
                        configPath: configOptions.path, simulation: simulation.run, layout: layoutOptions.layout,
                        isPrivate: privacy.isPrivate, mouse: mouse, ascii: ascii)
    }

    func run() throws {
        try reportingFailures { try launch.run() }
    }
}
