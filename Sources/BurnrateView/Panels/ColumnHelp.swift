/// What each column of each panel's tables holds, for the help screen: one list per table,
/// under the heading the table shows.
struct ColumnHelp: Sendable {
    let table: String
    let columns: [(header: String, meaning: String)]

    static let all: [ColumnHelp] = [
        ColumnHelp(table: "Investors", columns: [
            ("Investor", "who puts money into the round"),
            ("Commitment", "the commitment as a bar: █ firm, ▒ non-cash, ░ up to / conditional"),
            ("Amount", "the commitment as reported, \"up to\" and \"at least\" kept"),
            ("Round", "its share of all the money committed to the round: amount ÷ committed"),
            ("Owns", "the stake the money buys: amount ÷ post-money valuation"),
            ("Δ amount", "how much the what-if moves the commitment"),
        ]),
        ColumnHelp(table: "Circular", columns: [
            ("Circular", "an investor that also sells to the company"),
            ("supplies", "what it sells to the company"),
            ("in", "the money it puts into the round"),
            ("back", "contract spending flowing back to it, each dollar once (explain: gross and net)"),
        ]),
        ColumnHelp(table: "Cap table", columns: [
            ("Cap table", "a holder of the company"),
            ("before", "its stake before the round"),
            ("after", "its stake after the round's dilution"),
        ]),
        ColumnHelp(table: "Multi-cloud capacity", columns: [
            ("Provider", "who sells compute to the company under contract"),
            ("Contract value", "the value as a bar: █ cash, ▒ non-cash (share swaps, usage guarantees)"),
            ("Value", "the value of all its contracts"),
            ("Share", "its share of all contract value"),
            ("GW", "the gigawatts its contracts provide"),
        ]),
        ColumnHelp(table: "Capacity online by year", columns: [
            ("bars", "gigawatts online by each year's end, one colour per provider, in the legend's order"),
        ]),
        ColumnHelp(table: "Site", columns: [
            ("Site", "a data-centre site"),
            ("GW", "the capacity it is built for"),
            ("power cool net", "how ready power, cooling, network are (their mean: red < 50 %, amber < 70 %)"),
            ("online", "the month it is due to come online"),
        ]),
        ColumnHelp(table: "Contract", columns: [
            ("Contract", "the contract's id in the scenario"),
            ("kind", "what it buys"),
            ("term", "how many years it runs"),
            ("start", "the month it starts"),
            ("status", "how firm it is: projected, reported, announced, signed or funded"),
        ]),
        ColumnHelp(table: "Projection", columns: [
            ("Year", "a projection year; the timeline cursor highlights one"),
            ("Revenue", "the year's revenue"),
            ("Burn", "the year's cash spent beyond revenue"),
            ("Inflows", "round money arriving that year"),
            ("Cash", "cash at the year's end (bold red below zero)"),
            ("Due", "contract obligations falling due that year"),
        ]),
    ]

    /// Whether some table's list explains `header`; a list entry may name several headers
    /// ("power cool net").
    static func explains(_ header: String, in table: String) -> Bool {
        all.first { $0.table == table }?.columns.contains { $0.header == header || $0.header.split(separator: " ").contains(Substring(header)) } ?? false
    }
}
