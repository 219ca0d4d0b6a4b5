import BurnrateModel

/// Everything the dashboard shows, as a value: `DashboardUpdate.update` makes the next one,
/// `DashboardView.render` draws it.
public struct AppState: Sendable {
    public var model: ModelState
    public var width: Int
    public var height: Int
    public var focus: PanelID = .investors
    public var isZoomed = false
    /// The selected row of each panel, counted as `PanelRows.row` does (-1 is a header row
    /// above the list); a panel missing here has no selection.
    public var selection: [PanelID: Int] = [:]
    public var overlay: Overlay? {
        didSet { if overlay != oldValue { overlayScroll = 0 } }
    }
    /// Lines the explain or help text is scrolled by.
    public var overlayScroll = 0
    /// The themes `t` cycles through, and the one in use.
    public var themes: [Theme]
    public var themeIndex: Int
    public var glyphs: Glyphs
    public var clock: ClockTime?
    /// A line for the footer, e.g. what just happened.
    public var message: String?
    /// The year cursor of timeline playback.
    public var timeline = Timeline()
    /// Stays over the panels until its cause is gone (a broken or deleted scenario file).
    public var banner: Banner?
    /// The what-if panel, when open.
    public var whatIfPanel: WhatIfPanelState?
    /// The command palette (`:`), while it is open.
    public var palette: CommandPalette?
    /// Each panel's row filter (`/`); a panel missing here shows every row.
    public var filters: [PanelID: String] = [:]
    /// The panel whose filter the keys are typing into.
    public var editingFilter: PanelID?
    /// What `c` compares with, and the compare view when open.
    public var compare = CompareState()
    /// Where `s` saves the what-if, and its prompt when open.
    public var saving = SaveState()
    /// The Monte Carlo run on the scenario shown, and its latest result.
    public var simulation = SimulationRun()
    /// The simulation view (`u`), when open.
    public var simulationView: SimulationViewState?
    /// The league table (from the palette), when open, and which scenarios it shows.
    public var league = LeagueState()
    /// The session's alerts (`!` lists them), the banner of the latest, and the config's settings.
    public var alerts = AlertsState()

    /// The keys, as built in or as a config file rebinds them.
    public var keymap: Keymap = .defaults
    /// The layout presets `L` cycles through (the built-in ones, then the config's), and the
    /// one in use.
    public var layouts: [LayoutPreset] = LayoutPreset.builtIn
    public var layoutIndex = 0

    public init(model: ModelState, width: Int, height: Int, themes: [Theme] = ThemeCatalog.builtIn.entries.map(\.theme),
                themeIndex: Int = 0, glyphs: Glyphs = .unicode, clock: ClockTime? = nil) {
        self.model = model
        self.width = width
        self.height = height
        self.themes = themes.isEmpty ? ThemeCatalog.builtIn.entries.map(\.theme) : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        self.glyphs = glyphs
        self.clock = clock
    }

    /// What the panels show: the scenario with the what-if applied.
    public var analysis: Analysis { model.analysis }
    public var scenario: Scenario { analysis.scenario }
    public var theme: Theme { themes[themeIndex] }
    public var themeName: String { theme.name }
    /// The years the timeline moves through: the scenario's horizon.
    public var years: ClosedRange<Int> { scenario.horizon.start...max(scenario.horizon.start, scenario.horizon.end) }

    public var layoutPreset: LayoutPreset { layouts.indices.contains(layoutIndex) ? layouts[layoutIndex] : .standard }

    public var layout: DashboardLayout {
        DashboardLayout(width: width, height: height, focus: focus, isZoomed: isZoomed,
                        dockRows: whatIfPanel == nil ? 0 : WhatIfPanelView.rows(knobs: WhatIfKnob.all(for: model.base).count, width: width),
                        preset: layoutPreset)
    }

    /// The panel `delta` steps from the focused one in focus order, among those on screen when
    /// a layout preset leaves some out.
    public func focus(steppingBy delta: Int) -> PanelID {
        let layout = layout
        let order = layout.mode == .preset ? PanelID.allCases.filter { layout.panels[$0] != nil } : PanelID.allCases
        guard let index = order.firstIndex(of: focus) else { return order.first ?? focus }
        return order[(index + delta % order.count + order.count) % order.count]
    }
}
