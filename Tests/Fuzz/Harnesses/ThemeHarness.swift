import BurnrateModel
import BurnrateView

/// Theme files: whatever loads resolves at every colour depth and draws a dashboard.
enum ThemeHarness {
    static func run(_ bytes: [UInt8]) throws(FuzzFailure) {
        guard let text = utf8Text(bytes) else { return }
        let theme: Theme
        do {
            theme = try ThemeLoader.load(text: text, file: "fuzz.yaml")
        } catch {
            guard !error.diagnostics.isEmpty else { throw FuzzFailure("refused with no diagnostic") }
            _ = error.description
            return
        }
        for depth in ColorDepth.allCases {
            _ = Palette(theme: theme, depth: depth)
        }
        let state = AppState(model: Fixtures.model, width: 60, height: 20, themes: [theme])
        try DashboardKeysHarness.check(state, DashboardView.render(state))
    }
}
