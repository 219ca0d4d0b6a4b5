import BurnrateModel
import SnapshotTesting
import Testing
@testable import BurnrateView

/// Header rows and the rows of the investors panel's lower tables are selected with the same
/// keys as the lists, and explain says what the columns hold or how a row's figures were
/// worked out, through the real update function.
@Suite(.snapshots(record: .missing))
struct TableRowExplainTests {
    static let analysis = DashboardSnapshotTests.analysis

    func press(_ keys: [Key], at size: (Int, Int) = (160, 48)) -> AppState {
        var state = AppState(model: DashboardSnapshotTests.model, width: size.0, height: size.1)
        for key in keys { state = DashboardUpdate.update(state, .key(key)).0 }
        return state
    }

    static func text(_ target: ExplainTarget) -> String {
        Explanation(target, in: analysis, glyphs: .unicode).spans.map(\.text).joined()
    }

    static func down(_ count: Int) -> [Key] { Array(repeating: .down, count: count) }

    @Test func upFromTheFirstRowSelectsTheHeaderRowAndEnterExplainsTheColumns() {
        #expect(press([.down, .up]).selection[.investors] == -1)
        #expect(press([.down, .up, .up]).selection[.investors] == -1)
        #expect(press([.down, .up, .enter]).overlay == .explain(.columns(.investors)))
        #expect(press([.character("2"), .down, .up, .character("e")]).overlay == .explain(.columns(.capacity)))
        // The risk panel's header row is the projection's, below the indicators: the last row.
        #expect(press([.character("3"), .end, .enter]).overlay == .explain(.columns(.risk)))
        #expect(press([.character("3"), .up, .enter]).overlay == .explain(.columns(.risk)))
        // Down from the header goes back to the first row.
        #expect(press([.down, .up, .down, .enter]).overlay == .explain(.investor("amazon")))
    }

    /// Every header the panel's tables draw is explained by its header row, with help's words.
    @Test(arguments: [(PanelID.investors, ["Investors", "Circular", "Cap table"]),
                      (.capacity, ["Multi-cloud capacity", "Site", "Contract"]), (.risk, ["Projection"])])
    func theHeaderRowExplainsEveryColumnOfThePanel(panel: PanelID, tables: [String]) {
        let text = Self.text(.columns(panel))
        for (table, headers) in ColumnHelpTests.tables where tables.contains(table) {
            #expect(text.contains(table + "\n"))
            for header in headers {
                let meaning = ColumnHelp.all.first { $0.table == table }!.columns.first { $0.header.split(separator: " ").contains(Substring(header)) || $0.header == header }!.meaning
                #expect(text.contains(meaning + "\n"), "\(table): \(header)")
            }
        }
        #expect(Explanation(.columns(panel), in: Self.analysis, glyphs: .unicode).title == "Columns of \(panel.title)")
    }

    @Test func helpShowsTheSameColumnText() {
        let help = HelpView.paragraph(.defaults).spans.map(\.text).joined()
        for panel in PanelID.allCases {
            #expect(help.contains(Self.text(.columns(panel))))
        }
    }

    /// Four investors, then the circular rows (Amazon, Nvidia, Microsoft), then the cap table.
    @Test func circularRowsFollowTheInvestorsAndExplainTheirArithmetic() {
        #expect(press(Self.down(5) + [.enter]).overlay == .explain(.circularFlow("amazon")))
        #expect(press(Self.down(6) + [.enter]).overlay == .explain(.circularFlow("nvidia")))
        // Nvidia: paid under no contract; 70 % of Oracle's $300B (paid to no investor) = $210B;
        // gross 70 % of all $588B = $411.6B; 210 ÷ 588 = 35.7 %.
        let nvidia = Self.text(.circularFlow("nvidia"))
        for line in ["In: $20B  (reported)  [article, 2026-02]\n",
                     "Back: $210B = paid directly $0 + through other suppliers $210B, each contract dollar once\n",
                     "  Share of other spending: 70.0 %  (assumption)  [huang-cost-per-gw, 2025-08]\n",
                     "  Through others: 70.0 % × contracts paid to no investor $300B = $210B\n",
                     "Gross: $411.6B: its contracts plus its share",
                     "Base: all contract value $588B; back ÷ base = 35.7 %\n", "  [huang-cost-per-gw] Nvidia, Jensen Huang"] {
            #expect(nvidia.contains(line), "\(line)")
        }
        // Amazon: puts in "up to $50B", as the article says it; paid under AWS's $38B; 38 ÷ 588 = 6.5 %.
        let amazon = Self.text(.circularFlow("amazon"))
        #expect(amazon.contains("In: up to $50B  (reported)  [article, 2026-02]\n"))
        #expect(amazon.contains("  Paid under aws: $38B  (reported)  [article, 2026-02]\n"))
        #expect(amazon.contains("Base: all contract value $588B; back ÷ base = 6.5 %\n"))
    }

    @Test func capTableRowsExplainTheirDilution() {
        // Holders: Microsoft, OpenAI Foundation, SoftBank, Employees…, Amazon, Nvidia after the
        // 4 investors and 3 circular rows: the tenth row down is SoftBank.
        #expect(press(Self.down(10) + [.enter]).overlay == .explain(.capTableRow("SoftBank")))
        #expect(press([.end, .enter]).overlay == .explain(.capTableRow("Nvidia")))
        // Committed $50B–$100B (Amazon's "up to 50" is 0–50, SoftBank 30, Nvidia 20) ÷ at least
        // $850B: dilution 0–11.8 % (100 ÷ 850 = 11.76 %), SoftBank's new stake 0–3.5 % (30 ÷ 850).
        // After: 11 % × (1 − 0.117647) + 0 = 9.71 % to 11 % × 1 + 3.53 % = 14.53 %: 9.7–14.5 %.
        let softbank = Self.text(.capTableRow("SoftBank"))
        #expect(softbank.contains("Before: 11.0 %  (assumption)  [hsbc, 2025-11-26]\n"))
        #expect(softbank.contains("After: 9.7–14.5 % = 11.0 % × (1 − dilution ≤ 11.8 %) + new stake ≤ 3.5 %\n"))
        #expect(softbank.contains("Formula: committed ÷ post-money = $50B–$100B ÷ at least $850B = ≤ 11.8 %\n"))
        #expect(softbank.contains("Formula: SoftBank ÷ post-money = $30B ÷ at least $850B = ≤ 3.5 %\n"))
        // 26 % × 0.882353 = 22.9 % to 26 %; a new investor holds only its new stake, ≤ 50 ÷ 850 = 5.9 %.
        #expect(Self.text(.capTableRow("OpenAI Foundation")).contains("After: 22.9–26.0 % = 26.0 % × (1 − dilution ≤ 11.8 %)\n"))
        #expect(Self.text(.capTableRow("Amazon")).contains("Before: — (not a holder before the round)\nAfter: ≤ 5.9 % = new stake ≤ 5.9 %\n"))
        // Microsoft's new money is undisclosed: no figure after, and why.
        #expect(Self.text(.capTableRow("Microsoft")).contains("After: — = 27.0 % × (1 − dilution ≤ 11.8 %) + new stake —: its new money or the valuation is not disclosed\n"))
    }

    @Test func aFilterLeavesARowBelowTheListSelected() {
        // Nvidia's circular row, then a filter that matches no investor: still Nvidia's row.
        var state = press(Self.down(6) + [.character("/")])
        for character in "xq" { state = DashboardUpdate.update(state, .key(.character(character))).0 }
        #expect(state.shownRows(.investors).isEmpty)
        #expect(state.selectedRow(.investors) == .flow(1))
        state = DashboardUpdate.update(state, .key(.escape)).0
        #expect(state.selectedRow(.investors) == .flow(1))
    }

    /// The selected header row, circular row and projection header are drawn on the selection bar.
    @Test func theSelectedRowIsOnTheSelectionBar() {
        for (keys, text) in [([.down, .up], "Investor  Commit "), (Self.down(6), "Nvidia    GPUs"),
                             (Self.down(10), "SoftBank "), ([.character("3"), .end], "Year  Revenue")] as [([Key], String)] {
            let canvas = DashboardView.render(press(keys))
            let lines = CanvasRenderer.text(canvas).split(separator: "\n", omittingEmptySubsequences: false)
            let matches = lines.indices.filter { lines[$0].contains(text) }
            let selected = matches.filter { y in (0..<canvas.width).contains { canvas[$0, y].style.background == .selection } }
            #expect(selected.count == 1, "\(text)")
        }
    }

    /// At 100×30 the circular table does not fit under the investors: selecting one of its rows
    /// gives it the list's rows, and the list counts what it hides.
    @Test func selectedCircularRowOnASmallScreen() {
        assertSnapshot(of: DashboardSnapshotTests.screen(press(Self.down(6), at: (100, 30))), as: .lines)
    }

    /// At 80×24 the cap table is taller than the investors panel: it takes the whole panel,
    /// scrolled to the selected row, the investors counted above it.
    @Test func selectedCapTableRowAt80x24() {
        let screen = DashboardSnapshotTests.screen(press([.end], at: (80, 24)))
        #expect(screen.contains("┗━ + circular ━"))
        #expect(screen.contains(" ↑ +4 ━┛"))
        assertSnapshot(of: screen, as: .lines)
    }

    @Test func selectedProjectionHeaderOnASmallScreen() {
        assertSnapshot(of: DashboardSnapshotTests.screen(press([.character("3"), .end], at: (100, 30))), as: .lines)
    }

    @Test func explainedColumnsAndRows() {
        for (name, keys) in [("capacity-columns", [.character("2"), .down, .up, .enter]), ("circular-nvidia", Self.down(6) + [.enter]),
                             ("cap-softbank", Self.down(10) + [.enter])] as [(String, [Key])] {
            assertSnapshot(of: DashboardSnapshotTests.screen(press(keys, at: (120, 40))), as: .lines, named: name)
        }
    }
}
