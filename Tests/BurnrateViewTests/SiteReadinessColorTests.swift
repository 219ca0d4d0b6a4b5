import BurnrateModel
import Testing
@testable import BurnrateView

/// The capacity panel colours each site's readiness by the level the analysis judged it at, so
/// a scenario's own readiness thresholds colour the sites as they judge the indicator.
@Suite struct SiteReadinessColorTests {
    static let builtIn = try! ScenarioCatalog.load(BuiltInScenarios.defaultName)

    /// The style of Abilene's power figure in the sites table of a tall capacity panel.
    static func abilenePowerStyle(_ scenario: Scenario) throws -> Style {
        let state = AppState(model: ModelState(base: scenario), width: 120, height: 90)
        var canvas = Canvas(width: 120, height: 90)
        canvas.render(DashboardView.panel(.capacity, state: state, riskIndicators: []), in: canvas.bounds)
        let y = try #require(canvas.lines.firstIndex { $0.contains("Abilene, TX ") && $0.contains("GW") })
        let line = Array(canvas.lines[y])
        // "Abilene, TX  1.2 GW  80%  80%  90%  2026-06": power is the first percentage
        let x = try #require((0..<line.count - 2).first { line[$0] == "8" && line[$0 + 1] == "0" && line[$0 + 2] == "%" })
        return canvas[x, y].style
    }

    @Test func aSiteTakesTheLevelOfTheDefaultThresholds() throws {
        // (80 % + 80 % + 90 %) ÷ 3 = 83.3 % ≥ watch 70 %: ok
        #expect(try Self.abilenePowerStyle(Self.builtIn) == Style(.ok))
    }

    @Test func aSiteTakesTheLevelOfTheScenarioOwnThresholds() throws {
        var scenario = Self.builtIn
        scenario.risk.thresholds[IndicatorCatalogue.readiness.id] = Threshold(watch: 0.9, alert: 0.85)
        // 83.3 % < alert 85 %
        #expect(try Self.abilenePowerStyle(scenario) == Style(.alert))
    }
}
