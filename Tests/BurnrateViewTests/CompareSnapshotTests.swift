import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// The compare view as text, at the three sizes the dashboard is checked at; golden files in
/// __Snapshots__, looked at by eye when recorded.
@Suite(.snapshots(record: .missing))
struct CompareSnapshotTests {
    static func state(_ width: Int, _ height: Int, whatIf: Bool = false) -> AppState {
        var state = CompareUpdateTests().state(.chosen, whatIf: whatIf, width: width, height: height)
        state.compare.open = OpenComparison(against: whatIf ? .base : .target)
        return state
    }

    @Test(arguments: DashboardSnapshotTests.sizes)
    func articleAgainstTheClose(width: Int, height: Int) {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.state(width, height)), as: .lines, named: "\(width)x\(height)")
    }

    @Test func scrolledToTheEndOnASmallScreen() {
        var state = Self.state(60, 20)
        state = DashboardUpdate.update(state, .key(.end)).0
        assertSnapshot(of: DashboardSnapshotTests.screen(state), as: .lines)
    }

    @Test func aWhatIfAgainstItsBase() {
        assertSnapshot(of: DashboardSnapshotTests.screen(Self.state(160, 48, whatIf: true)), as: .lines)
    }
}
