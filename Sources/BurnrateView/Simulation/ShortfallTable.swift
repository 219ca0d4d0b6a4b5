import BurnrateModel

/// The simulation year by year: the chance cash has run out by the end of each year with its
/// standard error, then as many of the fan's quantiles of year-end cash (and the projection's
/// own figure) as the width holds.
struct ShortfallTable: Widget {
    let years: [SimulatedYear]
    let figures: Figures
    var selectedYear: Int?
    let glyphs: Glyphs

    private typealias Column = (column: Table.Column, cell: (SimulatedYear) -> String)

    /// Always the year, the probability and its error; then the median with P5 and P95, then P25
    /// and P75 with the projection, while they fit.
    private var columnSets: [[Column]] {
        let base: [Column] = [
            (Table.Column("Year"), { String($0.year) }),
            (Table.Column("P(cash < 0)", alignment: .decimal), { SimulationText.percent($0.shortfallProbability) }),
            (Table.Column("error", alignment: .right), { SimulationText.standardError($0.standardError) }),
        ]
        let money = { (title: String, value: @escaping (SimulatedYear) -> Double?) -> Column in
            (Table.Column(title, alignment: .decimal), { year in value(year).map(figures.money) ?? "—" })
        }
        let middle = [money("cash P5") { $0.cash.p5 }, money("P50") { $0.cash.p50 }, money("P95") { $0.cash.p95 }]
        let wide = [money("cash P5") { $0.cash.p5 }, money("P25") { $0.cash.p25 }, money("P50") { $0.cash.p50 },
                    money("P75") { $0.cash.p75 }, money("P95") { $0.cash.p95 }, money("projection") { $0.deterministicCash }]
        return [base + wide, base + middle, base]
    }

    /// The columns `width` holds with a space between each.
    private func columns(fitting room: Int) -> [Column] {
        let sets = columnSets
        return sets.first { width(of: $0) <= room } ?? sets[sets.count - 1]
    }

    /// Measured as the canvas writes them: in ASCII "±" is "+/-".
    private func width(of columns: [Column]) -> Int {
        let fold: (String) -> String = glyphs == .ascii ? { ASCIIText.fold($0) } : { $0 }
        return columns.map { column in
            var title = column.column
            title.title = fold(title.title)
            return ColumnLayout(column: title, texts: years.map { fold(column.cell($0)) }).width
        }.reduce(0, +) + columns.count - 1
    }

    /// The width the table takes in at most `width` columns.
    func width(fitting room: Int) -> Int {
        width(of: columns(fitting: room))
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let shown = columns(fitting: area.width)
        let rows = years.map { year in
            shown.enumerated().map { index, column in
                StyledText(column.cell(year), style: index == 1 ? Style(ShortfallTable.role(year.shortfallProbability), [.bold]) : Style(.text))
            }
        }
        let table = Table(columns: shown.map(\.column), rows: rows, selected: years.firstIndex { $0.year == selectedYear },
                          glyphs: glyphs)
        table.render(in: area, on: &canvas)
    }

    /// A shortfall more likely than not is an alert, one in ten a watch: so it reads in the
    /// theme's level colours as the indicators do.
    static func role(_ probability: Double) -> Role {
        probability >= 0.5 ? .alert : probability >= 0.1 ? .watch : .ok
    }
}
