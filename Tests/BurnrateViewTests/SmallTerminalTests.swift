import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// 100×30 and 80×24: what does not fit is counted ("+N ↓"), the most severe indicators come
/// first, and the header and footer keep what matters. Goldens looked at by eye when recorded.
@Suite(.snapshots(record: .missing))
struct SmallTerminalTests {
    static func state(_ width: Int, _ height: Int, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        DashboardSnapshotTests.state(width, height, change)
    }

    static func screen(_ state: AppState) -> String { DashboardSnapshotTests.screen(state) }

    func lines(_ state: AppState) -> [String] {
        Self.screen(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The risk panel focused and scrolled to its last indicator: "↑ +N" for those above.
    @Test(arguments: [(100, 30), (80, 24)])
    func riskScrolledToTheEnd(width: Int, height: Int) {
        let state = Self.state(width, height) {
            $0.focus = .risk
            $0.selection[.risk] = $0.shownRows(.risk).count - 1
        }
        assertSnapshot(of: Self.screen(state), as: .lines, named: "\(width)x\(height)")
    }

    @Test func whatIfAt80x24ShowsOnePanelAtATime() {
        var model = DashboardSnapshotTests.model
        model.adjust(StressPreset.named("softbank-half")!.whatIf(for: model.base), presetID: "softbank-half")
        var state = AppState(model: model, width: 80, height: 24)
        state.focus = .risk
        state.whatIfPanel = WhatIfPanelState()
        let layout = state.layout
        #expect(layout.mode == .tabs)
        #expect(layout.panels[.risk]?.height ?? 0 >= DashboardLayout.readableRows)
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    /// The what-if dock takes at most half the rows; the panels go one at a time only when
    /// sharing the rest would leave any of them fewer than six.
    @Test func theDockSwitchesToTabsOnlyWhenPanelsWouldBeCrowded() {
        let dock = 18
        #expect(DashboardLayout(width: 80, height: 24, focus: .risk, isZoomed: false).mode == .stacked)
        #expect(DashboardLayout(width: 80, height: 24, focus: .risk, isZoomed: false, dockRows: dock).mode == .tabs)
        // 80×40: 38 rows less a dock of 18 leave 20 for three stacked panels.
        let tall = DashboardLayout(width: 80, height: 40, focus: .risk, isZoomed: false, dockRows: dock)
        #expect(tall.mode == .stacked)
        #expect(tall.panels.values.allSatisfy { $0.height >= DashboardLayout.readableRows })
        // 100×30: 28 rows less 14 leave 14 for two rows of panels.
        let wide = DashboardLayout(width: 100, height: 30, focus: .risk, isZoomed: false, dockRows: dock)
        #expect(wide.mode == .twoRows)
        #expect(wide.panels.values.allSatisfy { $0.height >= DashboardLayout.readableRows })
        #expect(DashboardLayout(width: 80, height: 24, focus: .risk, isZoomed: true, dockRows: dock).panels[.risk]?.height == 11)
    }

    /// 15 indicators less the 11 rows inside the risk panel at 100×30 leaves 4, counted on its
    /// bottom border under the indicators, with the projection beside them and the chart, which
    /// has no room, named; at 80×24 the panel has 6 rows, 9 are counted, and neither the
    /// projection nor the chart fits.
    @Test func theRiskPanelCountsWhatItCannotShow() {
        let count = PanelRows.riskIndicators(DashboardSnapshotTests.analysis, year: nil).count
        let wide = lines(Self.state(100, 30))
        let riskBottom = wide[wide.count - 2]
        #expect(riskBottom.hasPrefix("└─ + chart ─"))
        #expect(riskBottom.contains("─ +\(count - 11) ↓ ─"))
        #expect(wide.contains { $0.contains("Year  Revenue   Burn  Inflows      Cash      Due") })
        // base case: 2029's −154.5 + 39 = −115.5; due: AWS 38 ÷ 7 + Azure 250 ÷ 6 + Oracle 300 ÷ 5 = 107.1
        #expect(wide.contains { $0.contains("2030    $280B  -$39B      $0   -$115.5B  $107.1B") })
        let small = lines(Self.state(80, 24))
        #expect(small[small.count - 2].hasPrefix("└─ + projection, chart ─"))
        #expect(small[small.count - 2].hasSuffix("─ +\(count - 6) ↓ ─┘"))
        let ascii = lines(Self.state(100, 30) { $0.glyphs = .ascii; $0.selection[.risk] = count - 1; $0.focus = .risk })
        #expect(ascii[ascii.count - 2].contains("= ^ +\(count - 11) ="))
    }

    /// Sections that do not fit are named on the bottom border of the investors and capacity
    /// panels too.
    @Test func thePanelsNameTheSectionsTheyLeaveOut() {
        let wide = lines(Self.state(100, 30))
        #expect(wide.contains { $0.hasPrefix("┗━ + circular, cap table ━") && $0.contains("└─ + capacity by year, sites ─") })
        let small = lines(Self.state(80, 24))
        #expect(small.contains { $0.hasPrefix("└─ + capacity by year, sites, contracts ─") })
    }

    @Test func marksCountTheRowsOutOfViewAboveAndBelow() {
        #expect(ScrollMarks(above: 2, below: 4).text(glyphs: .unicode) == "↑ +2  +4 ↓")
        #expect(ScrollMarks(above: 0, below: 4).text(glyphs: .ascii) == "+4 v")
        #expect(ScrollMarks(above: 3, below: 0).text(glyphs: .ascii) == "^ +3")
        #expect(ScrollMarks().text(glyphs: .unicode) == nil)
    }

    /// Alerts, then watches, then ok, then figures without a level, in the catalogue's order
    /// within each.
    @Test func indicatorsAreListedMostSevereFirst() {
        let indicators = PanelRows.riskIndicators(DashboardSnapshotTests.analysis, year: nil)
        let ranks = indicators.map { indicator -> Int in
            switch indicator.level {
            case .alert: 0
            case .watch: 1
            case .ok: 2
            case nil: 3
            }
        }
        #expect(ranks == ranks.sorted())
        #expect(indicators.first?.level == .alert)
        let alerts = indicators.filter { $0.level == .alert }.map(\.id)
        let catalogueOrder = DashboardSnapshotTests.analysis.indicators.filter { $0.level == .alert }.map(\.id)
        #expect(alerts == catalogueOrder)
    }

    @Test(arguments: [40, 60, 80, 100])
    func theFooterKeepsHelpAndQuit(width: Int) {
        let footer = lines(Self.state(width, 24)).last ?? ""
        #expect(footer.contains("? help") && footer.contains("q quit"), "\(footer)")
        let withMessage = lines(Self.state(width, 24) { $0.message = "saved /a/very/long/path/to/a/saved/scenario/file.yaml" }).last ?? ""
        #expect(withMessage.contains("? help") && withMessage.contains("q quit"), "\(withMessage)")
    }

    @Test(arguments: [40, 60, 80, 100])
    func theHeaderKeepsTheDateAndTheRisk(width: Int) {
        let header = lines(Self.state(width, 24) { $0.clock = ClockTime(hour: 9, minute: 5, second: 7) }).first ?? ""
        #expect(header.contains("as of 2026-02-20"), "\(header)")
        #expect(header.contains("risk 89 ✗ alert"), "\(header)")
    }
}
