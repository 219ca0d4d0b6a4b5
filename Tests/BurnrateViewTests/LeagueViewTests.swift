import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// The league table in the dashboard: opened from the palette, scrolled (keys and wheel), closed, and beside
/// the compare and simulation views; its frames at the three sizes as golden files in
/// __Snapshots__, looked at by eye when recorded.
@Suite(.snapshots(record: .missing))
struct LeagueViewTests {
    static func press(_ keys: [Key], from start: AppState) -> AppState {
        keys.reduce(start) { DashboardUpdate.update($0, .key($1)).0 }
    }

    /// The palette, "league", Enter.
    static func opened(_ width: Int = 160, _ height: Int = 48, from start: AppState? = nil) -> AppState {
        press([.character(":")] + "league".map(Key.character) + [.enter],
              from: start ?? DashboardSnapshotTests.state(width, height))
    }

    @Test func thePaletteOpensItInPlaceOfThePanels() {
        let typed = Self.press([.character(":")] + "league".map(Key.character), from: DashboardSnapshotTests.state(160, 48))
        #expect(CommandPalette.entries(for: "league", in: typed).first?.title
                == "League table: every built-in scenario's indicators side by side (or back)")
        let state = Self.opened()
        #expect(state.palette == nil)
        #expect(state.league.open?.builtIns.map(\.scenario.id) == BuiltInScenarios.names)
        #expect(state.shownLeague?.columns.map(\.id) == BuiltInScenarios.names)
        let screen = DashboardSnapshotTests.screen(state)
        #expect(screen.contains("League table: \(BuiltInScenarios.names.count) scenarios"))
        #expect(!screen.contains("Investors"))
        #expect(Self.opened(from: state).league.open == nil, "the palette closes it again")
    }

    /// With a what-if on screen `c` has the scenario as loaded to compare with.
    @Test func escClosesItAndOtherViewsTakeItsPlace() throws {
        var start = DashboardSnapshotTests.state(160, 48)
        start.model.adjust(try WhatIfSetting.apply("burn.scale=1.25", to: WhatIf()))
        let state = Self.opened(from: start)
        #expect(Self.press([.escape], from: state).league.open == nil)
        let compared = Self.press([.character("c")], from: state)
        #expect(compared.compare.open != nil && compared.league.open == nil, "c compares two, as ever")
        let simulated = Self.press([.character("u")], from: state)
        #expect(simulated.simulationView != nil && simulated.league.open == nil)
        let fromCompare = Self.opened(from: compared)
        #expect(fromCompare.league.open != nil && fromCompare.compare.open == nil)
    }

    @Test func arrowsAndPagesScrollWithinTheTable() throws {
        let state = Self.opened(60, 20)
        let limit = LeagueView.scrollLimit(state)
        #expect(limit > 0)
        #expect(Self.press([.down, .down], from: state).league.open?.scroll == 2)
        #expect(Self.press([.down, .up, .up], from: state).league.open?.scroll == 0)
        // 20 rows: header, box top, 16 inside, box bottom, footer; a page keeps one row in view.
        #expect(Self.press([.pageDown], from: state).league.open?.scroll == min(15, limit))
        #expect(Self.press([.end], from: state).league.open?.scroll == limit)
        #expect(Self.press([.end, .home], from: state).league.open?.scroll == 0)
        #expect(Self.press([.end, .down], from: state).league.open?.scroll == limit)
    }

    @Test func theWheelScrollsItAndAClickReachesNoPanel() {
        let state = Self.opened(60, 20)
        let click = { (state: AppState, button: MouseButton, x: Int) in
            DashboardUpdate.update(state, .mouse(MouseEvent(x: x, y: 10, button: button))).0
        }
        let down = click(click(state, .scrollDown, 10), .scrollDown, 10)
        #expect(down.league.open?.scroll == 2)
        #expect(click(down, .scrollUp, 10).league.open?.scroll == 1)
        // At 160 columns the capacity panel lies behind x = 100; the click leaves it unfocused.
        let wide = Self.opened()
        let clicked = click(wide, .left, 100)
        #expect(clicked.focus == .investors && clicked.selection.isEmpty && clicked.league.open != nil)
        #expect(click(Self.press([.escape], from: wide), .left, 100).focus == .capacity)
    }

    /// A scenario file on screen joins the built-in ones as loaded: the what-if on screen is
    /// not in its column.
    @Test func theOpenFileIsTheLastColumnAsLoaded() throws {
        var start = DashboardSnapshotTests.state(160, 48)
        start.league = LeagueState(includesOpenScenario: true)
        start.model.adjust(try WhatIfSetting.apply("burn.scale=1.25", to: WhatIf()))
        let league = try #require(Self.opened(from: start).shownLeague)
        #expect(league.columns.map(\.id) == BuiltInScenarios.names + [BuiltInScenarios.defaultName])
        let runway = try #require(league.rows.first { $0.id == IndicatorCatalogue.cashRunway.id })
        #expect(runway.cells.last?.value == start.model.baseAnalysis.indicator(IndicatorCatalogue.cashRunway.id)?.value)
        #expect(runway.cells.last?.value != start.analysis.indicator(IndicatorCatalogue.cashRunway.id)?.value)
    }

    /// Private mode hides the other scenarios' confidential figures too (here quiet.yaml's, as
    /// if it were built in), and p shows them again.
    @Test func privateModeHidesTheOtherScenariosFigures() throws {
        var state = DashboardSnapshotTests.state(160, 48)
        state.league.open = OpenLeague(builtIns: [Analysis(scenario: PrivacyTests.scenario)])
        let coverage = { (state: AppState) in try #require(state.shownLeague?.rows.first { $0.id == "round.coverage" }?.cells.first) }
        #expect(try coverage(state).text == "0.43×")
        let hidden = Self.press([.character("p")], from: state)
        #expect(try coverage(hidden).isHidden && coverage(hidden).text == "•••")
        #expect(PrivacyTests.leaks(DashboardSnapshotTests.screen(hidden)) == [])
        #expect(try coverage(Self.press([.character("p")], from: hidden)).text == "0.43×")
    }

    @Test func theFooterNamesItsKeys() {
        let footer = DashboardSnapshotTests.screen(Self.opened()).split(separator: "\n").last ?? ""
        #expect(footer.contains("↑↓ PgUp PgDn scroll") && footer.contains("Esc close"))
    }

    @Test(arguments: [(160, 48), (100, 30), (80, 24)])
    func frames(width: Int, height: Int) {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.opened(width, height)), as: .lines, named: "\(width)x\(height)")
    }

    @Test func scrolledToTheEndAt60x20() {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.press([.end], from: Self.opened(60, 20))), as: .lines)
    }

    @Test func asciiAt100x30() {
        var start = DashboardSnapshotTests.state(100, 30)
        start.glyphs = .ascii
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.opened(from: start)), as: .lines)
    }
}
