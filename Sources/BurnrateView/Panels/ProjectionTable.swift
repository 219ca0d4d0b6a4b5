import BurnrateModel

/// The projection year by year as a table: revenue, burn, round money in, cash at the year's end
/// and contract payments due, and for a scenario with debt or leases what they move in cash
/// (debt drawn after cash on hand's date, interest and principal paid, lease payments), so that each
/// year's cash adds up from the row. A scenario without debt or leases has exactly the columns
/// it always had.
struct ProjectionTable {
    enum Column: CaseIterable {
        case year, revenue, burn, inflows, drawn, debt, lease, cash, due

        var title: String {
            switch self {
            case .year: "Year"
            case .revenue: "Revenue"
            case .burn: "Burn"
            case .inflows: "Inflows"
            case .drawn: "Drawn"
            case .debt: "Debt"
            case .lease: "Lease"
            case .cash: "Cash"
            case .due: "Due"
            }
        }

        var tableColumn: Table.Column {
            Table.Column(title, alignment: self == .year ? .left : .decimal)
        }
    }

    /// The columns the scenario has, in order.
    let columns: [Column]
    /// Each column's cells, a row per projection year.
    let cells: [Column: [Table.Cell]]

    init(_ analysis: Analysis) {
        let years = analysis.projection.years
        let scenario = analysis.scenario
        let figures = Figures(scenario)
        var columns = Column.allCases
        // Drawn only when some debt comes in over the horizon: money received before cash on
        // hand's date is in that figure already.
        if !years.contains(where: { $0.debtDrawn != 0 }) { columns.removeAll { $0 == .drawn } }
        if scenario.debt.isEmpty { columns.removeAll { $0 == .debt } }
        if scenario.leases.isEmpty { columns.removeAll { $0 == .lease } }
        self.columns = columns
        var cells: [Column: [Table.Cell]] = [:]
        for column in columns {
            cells[column] = years.map { year in
                switch column {
                case .year: Table.Cell(String(year.year))
                case .revenue: Table.Cell(year.revenue.map { figures.money($0) } ?? "—")
                case .burn: Table.Cell(year.burn.map { figures.money($0) } ?? "—")
                case .inflows: Table.Cell(figures.money(year.inflows))
                case .drawn: Table.Cell(figures.money(year.debtDrawn))
                case .debt: Table.Cell(figures.money(year.debtService))
                case .lease: Table.Cell(figures.money(year.leasePayments))
                case .cash: Table.Cell(year.cash.map { figures.money($0) } ?? "—",
                                       style: (year.cash ?? 0) < 0 ? Style(.alert, [.bold]) : .plain)
                case .due: Table.Cell(figures.money(year.obligationsDue))
                }
            }
        }
        self.cells = cells
    }

    /// Whether the scenario's debt or leases add columns.
    var hasDebtColumns: Bool { columns.contains { [.drawn, .debt, .lease].contains($0) } }

    /// Columns to draw and the spaces between them, widest first: all of them two spaces apart,
    /// then one apart, then without contract payments due, then without debt drawn too (the
    /// zoomed panel and explain still give them).
    var layouts: [Layout] {
        var layouts = [Layout(columns: columns, spacing: 2)]
        guard hasDebtColumns else { return layouts }
        layouts.append(Layout(columns: columns, spacing: 1))
        for left in [Column.due, .drawn] where layouts[layouts.count - 1].columns.contains(left) {
            layouts.append(Layout(columns: layouts[layouts.count - 1].columns.filter { $0 != left }, spacing: 1))
        }
        return layouts
    }

    struct Layout {
        let columns: [Column]
        let spacing: Int
    }

    /// The columns' widths side by side.
    func width(of layout: Layout) -> Int {
        let widths = layout.columns.map { column in
            ColumnLayout(column: column.tableColumn, texts: cells[column]?.map(\.text) ?? []).width
        }
        return widths.reduce(0, +) + layout.spacing * max(0, widths.count - 1)
    }

    /// The widest layout that fits in `width` columns, else the narrowest.
    func layout(fitting width: Int) -> Layout {
        let layouts = layouts
        return layouts.first { self.width(of: $0) <= width } ?? layouts[layouts.count - 1]
    }

    /// The table of `layout`, the timeline cursor's year selected.
    func table(_ layout: Layout, selected: Int?, glyphs: Glyphs) -> Table {
        Table(columns: layout.columns.map(\.tableColumn),
              rows: cells[.year, default: []].indices.map { row in layout.columns.map { cells[$0]![row] } },
              selected: selected, columnSpacing: layout.spacing, glyphs: glyphs)
    }

    /// "+ drawn, due": the columns `layout` leaves out, for its heading.
    func leftOut(by layout: Layout) -> String {
        let left = columns.filter { !layout.columns.contains($0) }
        return left.isEmpty ? "" : "+ " + left.map { $0.title.lowercased() }.joined(separator: ", ")
    }
}

extension ProjectionYear {
    /// What the debt asks of the year: interest and principal paid.
    var debtService: Double { interest + principal }
}
