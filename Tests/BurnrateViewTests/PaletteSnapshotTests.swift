import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// The command palette and filtered panels on screen, as golden text (looked at by eye when
/// recorded), and the styles a text snapshot cannot show.
@Suite(.snapshots(record: .missing))
struct PaletteSnapshotTests {
    static func screen(_ state: AppState) -> String {
        CanvasRenderer.text(DashboardView.render(state))
    }

    @Test func paletteWithAQuery() {
        let state = DashboardSnapshotTests.state(120, 40) { $0.palette = CommandPalette(query: "pre", selected: 1) }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func paletteScrolledToTheSelection() {
        let state = DashboardSnapshotTests.state(120, 40) { $0.palette = CommandPalette(selected: 20) }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func paletteWithASettingThatDoesNotParse() {
        let state = DashboardSnapshotTests.state(120, 40) {
            $0.palette = CommandPalette(query: "set delay.abilene=soon")
            $0.palette?.error = "--set delay.abilene=soon: expected a number of months like 12, 12m or 1y, at most 1200 (100 years) either way, found \"soon\""
        }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func filteredPanels() {
        let state = DashboardSnapshotTests.state(120, 40) {
            $0.focus = .capacity
            $0.filters = [.capacity: "ora", .investors: "zzz", .risk: "cash"]
            $0.selection[.capacity] = 0
            $0.editingFilter = .capacity
        }
        assertSnapshot(of: Self.screen(state), as: .lines)
    }

    @Test func matchedLettersAreHighlightedAndTheSelectedEntryIsOnTheSelection() throws {
        let state = DashboardSnapshotTests.state(120, 40) { $0.palette = CommandPalette(query: "amber") }
        let canvas = DashboardView.render(state)
        let row = try #require(canvas.lines.firstIndex { $0.contains("Theme: amber") })
        let cells = (0..<canvas.width).map { canvas[$0, row] }
        // The only match is selected: its row is on the selection background across the box
        // (72 columns less its two borders), and the panels' borders beside it are not.
        let selected = cells.filter { $0.style.background == .selection }
        #expect(selected.count == 70)
        let highlighted = selected.filter { $0.style.foreground == .accent && $0.style.attributes.contains(.bold) }
        #expect(String(highlighted.map(\.character)) == "amber")
    }
}
