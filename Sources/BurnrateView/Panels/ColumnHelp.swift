/// What each column of each panel's tables holds: one list per table, under the heading the
/// table shows, for the help screen and for explain on a panel's header row.
struct ColumnHelp: Sendable {
    let panel: PanelID
    let table: String
    let columns: [(header: String, meaning: String)]

    static let all: [ColumnHelp] = [
        ColumnHelp(panel: .investors, table: "Investors", columns: [
            ("Investor", "who puts money into the round"),
            ("Commitment", "the commitment as a bar: █ firm, ▒ non-cash, ░ up to / conditional"),
            ("Amount", "the commitment as reported, \"up to\" and \"at least\" kept"),
            ("Round", "its share of all the money committed (a range while some is \"up to\")"),
            ("Owns", "the stake the money buys: amount ÷ post-money valuation (≤: \"at least\")"),
            ("Δ amount", "how much the what-if moves the commitment"),
        ]),
        ColumnHelp(panel: .investors, table: "Circular", columns: [
            ("Circular", "an investor that also sells to the company"),
            ("supplies", "what it sells to the company"),
            ("in", "the money it puts into the round"),
            ("back", "contract spending flowing back to it, each dollar once (explain: gross and net)"),
        ]),
        ColumnHelp(panel: .investors, table: "Cap table", columns: [
            ("Cap table", "a holder of the company"),
            ("before", "its stake before the round"),
            ("after", "its stake after the round: diluted, plus what its new money buys"),
        ]),
        ColumnHelp(panel: .investors, table: "Lenders, lessors", columns: [
            ("Lenders, lessors", "who lends to the company or leases it equipment, besides the round"),
            ("kind", "loan, notes, convertible, credit line, bridge, or lease"),
            ("amount", "the principal as reported, or a lease's payment a year (/yr)"),
            ("until", "the month a debt matures or a lease's term ends"),
        ]),
        ColumnHelp(panel: .capacity, table: "Multi-cloud capacity", columns: [
            ("Provider", "who sells compute to the company under contract"),
            ("Contract value", "the value as a bar: █ cash, ▒ non-cash (share swaps, usage guarantees)"),
            ("Value", "the value of all its contracts"),
            ("Share", "its share of all contract value"),
            ("GW", "the gigawatts its contracts provide"),
        ]),
        ColumnHelp(panel: .capacity, table: "Capacity online by year", columns: [
            ("bars", "gigawatts online by each year's end, one colour per provider, in the legend's order"),
        ]),
        ColumnHelp(panel: .capacity, table: "Site", columns: [
            ("Site", "a data-centre site"),
            ("GW", "the capacity it is built for"),
            ("power cool net", "how ready power, cooling, network are (their mean: red < 50 %, amber < 70 %)"),
            ("online", "the month it is due to come online"),
        ]),
        ColumnHelp(panel: .capacity, table: "Contract", columns: [
            ("Contract", "the contract's id in the scenario"),
            ("kind", "what it buys"),
            ("term", "how many years it runs"),
            ("start", "the month it starts"),
            ("status", "how firm it is: projected, reported, announced, signed or funded"),
        ]),
        ColumnHelp(panel: .risk, table: "Projection", columns: [
            ("Year", "a projection year; the timeline cursor highlights one"),
            ("Revenue", "the year's revenue"),
            ("Burn", "the year's cash spent beyond revenue"),
            ("Inflows", "round money arriving that year"),
            ("Drawn", "debt received that year, after cash on hand's date (when any comes in later)"),
            ("Debt", "interest and principal paid that year (a scenario with debt; explain lists the debts)"),
            ("Lease", "lease payments that year (a scenario with leases; explain lists the leases)"),
            ("Cash", "cash at the year's end (bold red below zero)"),
            ("Due", "contract obligations falling due that year"),
        ]),
    ]

    /// The tables of one panel.
    static func of(_ panel: PanelID) -> [ColumnHelp] { all.filter { $0.panel == panel } }

    /// The lists of `tables` as text: each table's heading, then its columns and their meaning.
    static func spans(_ tables: [ColumnHelp]) -> [Paragraph.Span] {
        var spans: [Paragraph.Span] = []
        for table in tables {
            let width = table.columns.map { TextWidth.of($0.header) }.max() ?? 0
            spans.append(Paragraph.Span(table.table + "\n", style: Style(.muted, [.bold])))
            for column in table.columns {
                spans.append(Paragraph.Span("  " + column.header + String(repeating: " ", count: width - TextWidth.of(column.header) + 2),
                                            style: Style(.accent, [.bold])))
                spans.append(Paragraph.Span(column.meaning + "\n"))
            }
        }
        return spans
    }

    /// Whether some table's list explains `header`; a list entry may name several headers
    /// ("power cool net").
    static func explains(_ header: String, in table: String) -> Bool {
        all.first { $0.table == table }?.columns.contains { $0.header == header || $0.header.split(separator: " ").contains(Substring(header)) } ?? false
    }
}
