import Testing
@testable import BurnrateView

/// Help explains every column header the panels draw, under the table that draws it.
struct ColumnHelpTests {
    static let tables: [(table: String, headers: [String])] = [
        ("Investors", InvestorsPanel.headers + [InvestorsPanel.deltaHeader]),
        ("Circular", InvestorsPanel.circularColumns.map(\.title)),
        ("Cap table", InvestorsPanel.capTableColumns.map(\.title)),
        ("Lenders, lessors", LenderRows.columns.map(\.title)),
        ("Multi-cloud capacity", CapacityPanel.headers),
        ("Site", CapacityPanel.siteColumns.map(\.title)),
        ("Contract", CapacityPanel.contractColumns.map(\.title)),
        ("Projection", ProjectionTable.Column.allCases.map(\.title)),
    ]

    @Test(arguments: tables.flatMap { table in table.headers.map { (table.table, $0) } })
    func helpExplains(table: String, header: String) {
        #expect(ColumnHelp.explains(header, in: table))
    }

    @Test func anUnknownHeaderIsNotExplained() {
        #expect(!ColumnHelp.explains("Round", in: "Projection"))
        #expect(!ColumnHelp.explains("coo", in: "Site"))
    }

    @Test func helpNamesTheColumnsTheIssueFoundUnexplained() {
        let text = HelpView.paragraph(.defaults).spans.map(\.text).joined()
        for line in ["  in        the money it puts into the round", "  back      contract spending flowing back to it",
                     "  Owns        the stake the money buys", "  Round       its share of all the money",
                     "  Due      contract obligations falling due"] {
            #expect(text.contains(line), "\(line)")
        }
    }
}
