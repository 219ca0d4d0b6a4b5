import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// Layout presets: where their cells go (worked out by hand from the terminal's size), when
/// they fall back to the size's own arrangement, what `L` and focus do with them, and the config's
/// `layouts:` with its diagnostics. Goldens looked at by eye when recorded.
@Suite(.snapshots(record: .missing))
struct LayoutPresetTests {
    static func layout(_ width: Int, _ height: Int, _ preset: LayoutPreset, dockRows: Int = 0) -> DashboardLayout {
        DashboardLayout(width: width, height: height, focus: .investors, isZoomed: false, dockRows: dockRows, preset: preset)
    }

    /// 160×48: two header rows and a footer leave rows 2–46 (45); risk takes 3/5 of them (27),
    /// investors and capacity the other 18, side by side in 80 columns each.
    @Test func riskFocusAt160x48() {
        let layout = Self.layout(160, 48, .riskFocus)
        #expect(layout.mode == .preset)
        #expect(layout.panels == [.risk: Rect(x: 0, y: 2, width: 160, height: 27),
                                  .investors: Rect(x: 0, y: 29, width: 80, height: 18),
                                  .capacity: Rect(x: 80, y: 29, width: 80, height: 18)])
        #expect(layout.simulation == nil && layout.dock == nil)
    }

    /// 100×30: one header row and the footer leave rows 1–28 (28), half each; the simulation
    /// takes the whole lower row.
    @Test func briefingAt100x30() {
        let layout = Self.layout(100, 30, .briefing)
        #expect(layout.panels == [.investors: Rect(x: 0, y: 1, width: 50, height: 14),
                                  .capacity: Rect(x: 50, y: 1, width: 50, height: 14)])
        #expect(layout.simulation == Rect(x: 0, y: 15, width: 100, height: 14))
    }

    /// The what-if cell holds the panel while it is open; closed, its row's other cells share
    /// the row, and a row of nothing else is left out.
    @Test func theWhatIfCellHoldsThePanelOnlyWhileItIsOpen() {
        let preset = LayoutPreset(name: "side", rows: [[.investors, .whatIf], [.risk]])
        let closed = Self.layout(120, 40, preset)
        // 2 header rows, a footer: 37 rows, 18 and 19.
        #expect(closed.panels == [.investors: Rect(x: 0, y: 2, width: 120, height: 18), .risk: Rect(x: 0, y: 20, width: 120, height: 19)])
        #expect(closed.dock == nil)
        let open = Self.layout(120, 40, preset, dockRows: 12)
        #expect(open.panels[.investors] == Rect(x: 0, y: 2, width: 60, height: 18))
        #expect(open.dock == Rect(x: 60, y: 2, width: 60, height: 18))
        let alone = Self.layout(120, 40, LayoutPreset(name: "alone", rows: [[.whatIf], [.risk]]))
        #expect(alone.panels == [.risk: Rect(x: 0, y: 2, width: 120, height: 37)])
    }

    /// Without a what-if cell the open panel docks under the preset's rows as it does under
    /// the default arrangement: at most half the room.
    @Test func withoutAWhatIfCellThePanelDocksBelow() {
        let layout = Self.layout(160, 48, .riskFocus, dockRows: 12)
        #expect(layout.dock == Rect(x: 0, y: 35, width: 160, height: 12))
        // 33 rows above it: 19 and 14.
        #expect(layout.panels[.risk] == Rect(x: 0, y: 2, width: 160, height: 19))
        #expect(layout.panels[.investors] == Rect(x: 0, y: 21, width: 80, height: 14))
    }

    /// A cell under 30 columns or 6 rows, or a terminal under 80×24, gives the size's own
    /// arrangement, as without a preset.
    @Test func aPresetThatDoesNotFitFallsBack() {
        let four = LayoutPreset(name: "four", rows: [[.investors, .capacity, .risk, .simulation]])
        #expect(Self.layout(119, 30, four).mode == .twoRows)
        #expect(Self.layout(120, 30, four).mode == .preset)
        let thin = LayoutPreset(name: "thin", rows: [[.investors], [.capacity], [.risk], [.simulation]], sizes: [1, 1, 1, 10])
        #expect(Self.layout(160, 48, thin).mode == .threeColumns)
        #expect(Self.layout(79, 40, .riskFocus).mode == .tabs)
        #expect(DashboardLayout(width: 160, height: 48, focus: .risk, isZoomed: true, preset: .riskFocus).panels == [.risk: Rect(x: 0, y: 2, width: 160, height: 45)])
    }

    /// `L` goes round the presets, says which is in use, and focuses a panel the preset shows;
    /// Tab then goes round the panels on screen only.
    @Test func nextLayoutCyclesAndKeepsTheFocusOnScreen() {
        var state = AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
        state.focus = .risk
        var names: [String] = []
        var focuses: [PanelID] = []
        for _ in 0..<3 {
            state = AppAction.perform(.nextLayout, on: state).0
            names.append(state.message ?? "")
            focuses.append(state.focus)
        }
        #expect(names == ["layout: risk focus", "layout: briefing", "layout: default"])
        #expect(focuses == [.risk, .investors, .investors])
        state.layoutIndex = 2
        #expect(state.focus(steppingBy: 1) == .capacity)
        state.focus = .capacity
        #expect(state.focus(steppingBy: 1) == .investors)
        #expect(state.focus(steppingBy: -1) == .investors)
        state.layoutIndex = 0
        #expect(state.focus(steppingBy: 1) == .risk)
    }

    /// The config's presets come after the built-in ones; one named as a built-in replaces it.
    @Test func configuredPresetsJoinTheBuiltInOnes() {
        let mine = LayoutPreset(name: "mine", rows: [[.risk, .simulation]])
        let briefing = LayoutPreset(name: "briefing", rows: [[.simulation]])
        #expect(LayoutPreset.all(adding: [mine, briefing]).map(\.name) == ["default", "risk focus", "briefing", "mine"])
        #expect(LayoutPreset.all(adding: [mine, briefing])[2] == briefing)
    }

    @Test(arguments: ["risk focus", "briefing"])
    func presetAt100x30(name: String) {
        var state = SmallTerminalTests.state(100, 30)
        state.layoutIndex = state.layouts.firstIndex { $0.name == name }!
        state.simulation.receive(SimulationFixture.result(), revision: state.model.revision, model: state.model)
        assertSnapshot(of: SmallTerminalTests.screen(state), as: .lines, named: name.replacing(" ", with: "-"))
    }

    static func diagnostics(_ text: String) -> [String] { ConfigLoaderTests.diagnostics(text) }

    @Test func aConfigsLayoutsAreRead() throws {
        let config = try ConfigLoaderTests.load("""
            layouts:
              wide: {rows: [[investors, capacity, risk]]}
              sim:
                rows: [[simulation, what-if], [risk]]
                sizes: [3, 1]
            """).get()
        #expect(config.layouts == [LayoutPreset(name: "wide", rows: [[.investors, .capacity, .risk]], sizes: [1]),
                                   LayoutPreset(name: "sim", rows: [[.simulation, .whatIf], [.risk]], sizes: [3, 1])])
    }

    @Test(arguments: [
        ("layouts: [a]\n", [#"c.yaml:1:10: layouts: expected a mapping of layout names to layouts, such as {wide: {rows: [[investors, capacity, risk]]}}, found a list"#]),
        ("layouts: {a: {rows: [[investors, riks]]}}\n",
         [#"c.yaml:1:34: layouts.a.rows[0][1]: expected one of investors, capacity, risk, simulation, what-if, found "riks" (did you mean "risk"?)"#]),
        ("layouts: {a: {rows: [[risk], [risk]]}}\n", [#"c.yaml:1:31: layouts.a.rows[1][0]: risk is already in this layout: a panel appears once"#]),
        ("layouts: {a: {rows: [[risk]], sizes: [1, 2]}}\n", [#"c.yaml:1:38: layouts.a.sizes: expected one size a row (1), found 2"#]),
        ("layouts: {a: {rows: [[risk]], sizes: [0]}}\n", [#"c.yaml:1:39: layouts.a.sizes[0]: expected a whole number from 1 to 100, found "0""#]),
        ("layouts: {a: {rows: [[what-if]]}}\n", [#"c.yaml:1:21: layouts.a.rows: expected at least one panel besides what-if"#]),
        ("layouts: {a: {rows: [[]]}}\n", [#"c.yaml:1:22: layouts.a.rows[0]: expected 1 to 4 panels in a row, found 0"#]),
        ("layouts: {a: {colums: [[risk]]}}\n",
         [#"c.yaml:1:15: layouts.a.colums: unknown key "colums"; expected one of rows, sizes"#]),
    ])
    func brokenLayouts(text: String, expected: [String]) {
        #expect(Self.diagnostics(text) == expected)
    }
}
