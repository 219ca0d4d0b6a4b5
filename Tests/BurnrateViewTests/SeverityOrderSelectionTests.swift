import BurnrateModel
import Testing
@testable import BurnrateView

/// The risk panel orders its indicators by severity in the year shown, and a selection follows
/// its indicator when a what-if or another year moves it, through the real update function.
@Suite struct SeverityOrderSelectionTests {
    func press(_ keys: [Key], from start: AppState? = nil) -> AppState {
        var state = start ?? AppState(model: DashboardSnapshotTests.model, width: 160, height: 48)
        for key in keys { state = DashboardUpdate.update(state, .key(key)).0 }
        return state
    }

    func typing(_ text: String) -> [Key] { text.map { .character($0) } }

    func ids(_ state: AppState) -> [String] {
        PanelRows.riskIndicators(state.analysis, year: state.timeline.year).map(\.id)
    }

    /// As of: nine alerts, then the watches (investor HHI, runway), then ok: round coverage is
    /// the twelfth row. A 40 % valuation reset makes dilution a watch (100 ÷ 510 = 19.6 %), one
    /// more row above coverage.
    @Test func aWhatIfThatReordersKeepsTheSelectedIndicator() {
        let selected = press([.character("3")] + Array(repeating: .down, count: 12))
        #expect(selected.selectedTarget(.risk) == .indicator(IndicatorCatalogue.roundCoverage.id))
        #expect(selected.selection[.risk] == 11)
        let reset = press([.character(":")] + typing("preset valuation") + [.enter], from: selected)
        #expect(reset.model.presetIDs == ["valuation-reset"])
        #expect(ids(reset)[9...11] == [IndicatorCatalogue.roundDilution.id, IndicatorCatalogue.investorConcentration.id,
                                        IndicatorCatalogue.cashRunway.id])
        #expect(reset.selectedTarget(.risk) == .indicator(IndicatorCatalogue.roundCoverage.id))
        #expect(reset.selection[.risk] == 12)
        // and back, with r
        let back = press([.character("r")], from: reset)
        #expect(back.selectedTarget(.risk) == .indicator(IndicatorCatalogue.roundCoverage.id))
        #expect(back.selection[.risk] == 11)
    }

    /// In 2028 (base case) commitments are 588 ÷ 92 = 6.4× revenue (ok, an alert as of: 44.9×),
    /// the gap $103.5B (alert: above 50; year-end cash 38.5 − 57 − 85 = −103.5) and the runway 0
    /// years (alert, a watch as of: 1.5 years): the rows follow that year's levels, the selection
    /// its indicator.
    @Test func playbackOrdersTheRowsByThatYearsSeverity() {
        let selected = press([.character("3")] + Array(repeating: .down, count: 5))
        #expect(selected.selectedTarget(.risk) == .indicator(IndicatorCatalogue.commitmentsToRevenue.id))
        let in2028 = press([.character("]"), .character("]"), .character("]")], from: selected)
        #expect(in2028.timeline.year == 2028)
        let order = ids(in2028)
        let runway = order.firstIndex(of: IndicatorCatalogue.cashRunway.id)!
        let gap = order.firstIndex(of: IndicatorCatalogue.fundingGap.id)!
        let multiple = order.firstIndex(of: IndicatorCatalogue.commitmentsToRevenue.id)!
        #expect(runway < order.firstIndex(of: IndicatorCatalogue.investorConcentration.id)!)
        #expect(gap < order.firstIndex(of: IndicatorCatalogue.investorConcentration.id)!)
        #expect(multiple > order.firstIndex(of: IndicatorCatalogue.roundCoverage.id)!)
        #expect(in2028.selectedTarget(.risk) == .indicator(IndicatorCatalogue.commitmentsToRevenue.id))
        #expect(in2028.selection[.risk] == multiple)
        // Moving on from there goes to the row below it in 2028's order.
        #expect(press([.down], from: in2028).selectedTarget(.risk) == .indicator(order[multiple + 1]))
    }
}
