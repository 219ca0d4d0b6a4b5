import BurnrateModel

/// Everything the dashboard shows, as a value: `DashboardUpdate.update` makes the next one,
/// `DashboardView.render` draws it.
public struct AppState: Sendable {
    public var analysis: Analysis
    public var width: Int
    public var height: Int
    public var focus: PanelID = .investors
    public var isZoomed = false
    /// The selected row of each panel; a panel missing here has no selection.
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

    public init(analysis: Analysis, width: Int, height: Int, themes: [Theme] = ThemeCatalog.builtIn.entries.map(\.theme),
                themeIndex: Int = 0, glyphs: Glyphs = .unicode, clock: ClockTime? = nil) {
        self.analysis = analysis
        self.width = width
        self.height = height
        self.themes = themes.isEmpty ? ThemeCatalog.builtIn.entries.map(\.theme) : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        self.glyphs = glyphs
        self.clock = clock
    }

    public var scenario: Scenario { analysis.scenario }
    public var theme: Theme { themes[themeIndex] }
    public var themeName: String { theme.name }
    public var layout: DashboardLayout { DashboardLayout(width: width, height: height, focus: focus, isZoomed: isZoomed) }
}
