import BurnrateModel
import Testing
@testable import BurnrateView

/// The simulation view's keys: selecting the years and then the drivers, explaining one and
/// moving the explanation along, closing, and the keys it leaves to the dashboard.
@Suite struct SimulationKeysTests {
    static func press(_ keys: Key..., on state: AppState = SimulationSnapshotTests.state(100, 30)) -> AppState {
        keys.reduce(state) { DashboardUpdate.update($0, .key($1)).0 }
    }

    static func explained(_ state: AppState) -> String {
        guard case .explain(let target)? = state.overlay else { return "" }
        return Explanation(target, in: state.analysis, simulation: state.simulation, glyphs: .unicode).spans.map(\.text).joined()
    }

    @Test func downSelectsTheYearsThenTheDriversAndUpComesBack() {
        #expect(Self.press(.down).simulationView?.selection == .year(2026))
        #expect(Self.press(.down, .down, .down, .down, .down, .down).simulationView?.selection == .driver(.revenueGrowthGap))
        #expect(Self.press(.up).simulationView?.selection == .driver(UncertainInput("realisation.softbank")))
        #expect(Self.press(.end, .character("k")).simulationView?.selection == .driver(UncertainInput("delay.oracle")))
        #expect(Self.press(.end, .home).simulationView?.selection == .year(2026))
        #expect(Self.press(.home, .up).simulationView?.selection == .year(2026))
    }

    @Test func enterWithoutASelectionExplainsTheHorizonAndArrowsMoveTheExplanation() {
        let explaining = Self.press(.enter)
        #expect(explaining.overlay == .explain(.simulated(.year(2030))))
        #expect(explaining.simulationView?.selection == .year(2030))
        let next = Self.press(.down, on: explaining)
        #expect(next.overlay == .explain(.simulated(.driver(.revenueGrowthGap))))
        let closed = Self.press(.escape, on: next)
        #expect(closed.overlay == nil)
        #expect(closed.simulationView?.selection == .driver(.revenueGrowthGap))
        #expect(Self.press(.escape, on: closed).simulationView == nil)
    }

    @Test func uClosesTheViewWithItsExplanationAndEKeepsExplainingTheSameFigure() {
        let explaining = Self.press(.down, .enter)
        #expect(Self.press(.character("e"), on: explaining).overlay == .explain(.simulated(.year(2026))))
        let closed = Self.press(.character("u"), on: explaining)
        #expect(closed.simulationView == nil)
        #expect(closed.overlay == nil)
    }

    @Test func theViewLeavesTheWhatIfPanelThemesAndQuitToTheDashboard() {
        let panel = Self.press(.character("w"))
        #expect(panel.whatIfPanel != nil)
        #expect(panel.simulationView != nil)
        // With the panel open its keys win: ↓ picks the next input, not a year.
        let picked = Self.press(.down, on: panel)
        #expect(picked.simulationView?.selection == nil)
        #expect(Self.press(.character("t")).themeIndex == 1)
        #expect(DashboardUpdate.update(SimulationSnapshotTests.state(100, 30), .key(.character("q"))).1 == .quit)
    }

    /// 2027: 58 % of 100,000 paths, √(0.58 × 0.42 / 100,000) = 0.156 points.
    @Test func explainingAYearSaysHowItWasCounted() {
        let text = Self.explained(Self.press(.down, .down, .enter))
        #expect(text.hasPrefix("P(cash < 0 by 2027): 58.0 % ± 0.2 pts\n"))
        #expect(text.contains("Cash at the end of 2027: P5 -$60B  ·  P25 -$35B  ·  P50 -$12B  ·  P75 $10B  ·  P95 $40B\n"))
        #expect(text.contains("The projection: -$18.5B: the scenario's own path, with no draw\n"))
        #expect(text.contains("Paths: 100,000\nSeed: 2026: "))
        #expect(text.contains("Quantiles: read from a sketch, within 1 % of the paths' own (and $1M near zero)\n"))
        #expect(text.contains("  Oracle (Stargate) contract delay (months): pert 0–18 months, mode 3  (assumption)  [stargate-sites, 2025-10]\n"))
        #expect(text.contains("  [stargate-sites] OpenAI, Oracle and SoftBank"))
    }

    @Test func explainingADriverGivesItsTenthsAndSwing() {
        let text = Self.explained(Self.press(.end, .enter))
        #expect(text.hasPrefix("Input: realisation.softbank\nDrawn from: uniform 50 %–100 %\nIts P10 → P90: 55 % → 95 %\n"))
        #expect(text.contains("P(cash < 0 by 2030): 91.0 % among the paths that drew it in its lowest tenth, 87.0 % in its highest, "
                              + "89.0 % over all paths\nSwing: -4 pts: the drivers are ranked by its size\n"))
    }

    @Test func aPartialRunSaysSo() {
        let state = Self.press(.enter, on: SimulationSnapshotTests.state(100, 30, paths: 12_288))
        #expect(Self.explained(state).contains("Paths: 12,288 of 100,000 so far: provisional\n"))
    }

    @Test func theWheelMovesTheSelectionAndAClickNeverReachesThePanelsBehind() {
        func mouse(_ button: MouseButton, on state: AppState) -> AppState {
            DashboardUpdate.update(state, .mouse(MouseEvent(x: 50, y: 20, button: button))).0
        }
        let start = SimulationSnapshotTests.state(100, 30)
        let wheeled = mouse(.scrollDown, on: mouse(.scrollDown, on: start))
        #expect(wheeled.simulationView?.selection == .year(2027))
        #expect(wheeled.focus == start.focus)
        #expect(wheeled.selection.isEmpty)
        let explaining = Self.press(.enter, on: wheeled)
        let clicked = mouse(.left, on: explaining)
        #expect(clicked.overlay == nil)
        #expect(clicked.selection.isEmpty)
        #expect(clicked.simulationView?.selection == .year(2027))
    }
}
