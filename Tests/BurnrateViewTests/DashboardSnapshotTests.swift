import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// Whole screens of the dashboard as text, compared with golden files in __Snapshots__ that
/// were looked at by eye when recorded. A missing golden file is recorded and the test fails.
@Suite(.snapshots(record: .missing))
struct DashboardSnapshotTests {
    static let model = ModelState(base: try! ScenarioCatalog.load(BuiltInScenarios.defaultName))
    static var analysis: Analysis { model.analysis }
    static let sizes = [(160, 48), (100, 30), (80, 24), (60, 20)]

    static func state(_ width: Int, _ height: Int, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var state = AppState(model: model, width: width, height: height)
        change(&state)
        return state
    }

    static func screen(_ state: AppState) -> String {
        CanvasRenderer.text(DashboardView.render(state))
    }

    @Test(arguments: sizes)
    func dashboard(width: Int, height: Int) {
        assertSnapshot(of: Self.screen(Self.state(width, height)), as: .lines, named: "\(width)x\(height)")
    }

    @Test(arguments: PanelID.allCases, sizes)
    func zoomedPanel(panel: PanelID, size: (Int, Int)) {
        let state = Self.state(size.0, size.1) {
            $0.focus = panel
            $0.isZoomed = true
        }
        assertSnapshot(of: Self.screen(state), as: .lines, named: "\(panel.name)-\(size.0)x\(size.1)")
    }

    @Test func explainARiskIndicator() {
        let state = Self.state(120, 40) {
            $0.focus = .risk
            $0.selection[.risk] = 7
            $0.overlay = .explain(.indicator(IndicatorCatalogue.commitmentsToRevenue.id))
        }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    /// Each dollar once and gross, both over all contract value, and no level.
    @Test func explainMoneyFlowingBack() {
        let state = Self.state(120, 48) { $0.overlay = .explain(.indicator(IndicatorCatalogue.circularFlowBack.id)) }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    /// The header names the projection's base case the scenario states: here firm money only.
    @Test func theHeaderNamesTheBaseCase() {
        var scenario = Self.model.base
        scenario.baseCase = BaseCasePolicy(conditional: .never, upToShare: 0)
        let state = AppState(model: ModelState(base: scenario), width: 120, height: 12)
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func explainAnInvestor() {
        let state = Self.state(120, 40) { $0.overlay = .explain(.investor("amazon")) }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func explainAProvider() {
        let state = Self.state(120, 40) { $0.overlay = .explain(.provider("Microsoft Azure")) }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func help() {
        assertSnapshot(of: Self.screen(Self.state(100, 30) { $0.overlay = .help }), as: .lines)
    }

    /// Help scrolled to what the columns of the panels hold, from the blank line above their
    /// heading (one line of help, the what-if panel's, wraps in two at this size).
    @Test func helpColumns() throws {
        let lines = HelpView.paragraph(.defaults).spans.map(\.text).joined().split(separator: "\n", omittingEmptySubsequences: false)
        let heading = try #require(lines.firstIndex(of: "Columns"))
        assertSnapshot(of: Self.screen(Self.state(160, 48) { $0.overlay = .help; $0.overlayScroll = heading }), as: .lines)
    }

    @Test func tooSmall() {
        assertSnapshot(of: Self.screen(Self.state(30, 8)), as: .lines)
    }

    @Test func asciiFallback() {
        assertSnapshot(of: Self.screen(Self.state(100, 30) { $0.glyphs = .ascii }), as: .lines)
    }

    @Test func whatIfPanelWithAPresetAndDeltas() {
        var model = Self.model
        model.adjust(StressPreset.named("softbank-half")!.whatIf(for: model.base), presetID: "softbank-half")
        var state = AppState(model: model, width: 160, height: 48)
        state.whatIfPanel = WhatIfPanelState()
        state.whatIfPanel?.selected = 1
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func timelineCursorOn2028() {
        let state = Self.state(160, 48) { $0.timeline.step(by: 1, through: 2026...2030); $0.timeline.step(by: 2, through: 2026...2030) }
        #expect(state.timeline.year == 2028)
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func selectionAndClock() {
        let state = Self.state(100, 30) {
            $0.focus = .capacity
            $0.selection[.capacity] = 1
            $0.clock = ClockTime(hour: 9, minute: 5, second: 7)
        }
        let canvas = DashboardView.render(state)
        #expect(canvas.lines[0].hasSuffix(" 09:05:07 "))
        let azureRow = canvas.lines.firstIndex { $0.contains("Microsoft Azure") }!
        let row = (0..<canvas.width).map { canvas[$0, azureRow] }
        #expect(row.filter { $0.style.background == .selection }.count >= 40)
    }
}
