/// Where the simulation view's parts go inside its frame: a status row (progress, or paths and
/// seed), the fan chart under its title and legend, and below it the table by year beside the
/// tornado of drivers, each under its title.
struct SimulationLayout: Hashable, Sendable {
    /// The tornado lists at most this many drivers, the largest swings first.
    static let maximumDrivers = 8

    let status: Rect
    let chartTitle: Rect
    let chart: Rect
    let tableTitle: Rect
    let table: Rect
    let tornadoTitle: Rect
    let tornado: Rect

    /// `tableWidth`: what the table takes of the width it is given (`ShortfallTable.width(fitting:)`);
    /// it is given what the tornado leaves at its preferred width.
    init(inner: Rect, years: Int, drivers: Int, tableWidth: (Int) -> Int) {
        let (status, belowStatus) = inner.splitTop(1)
        let driverRows = min(drivers, Self.maximumDrivers)
        // The tables' rows under a title and a header (the tornado's legend under its bars); the
        // chart keeps at least half of the height.
        let wanted = max(years + 2, driverRows + 3)
        let bottomRows = min(wanted, max(0, belowStatus.height - 1) / 2)
        let (chartPart, bottom) = belowStatus.splitBottom(bottomRows)
        let (chartTitle, chart) = chartPart.splitTop(1)
        self.status = status
        self.chartTitle = chartTitle
        self.chart = chart.splitBottom(min(1, chart.height)).rest
        let table = bottom.splitLeft(tableWidth(bottom.width - Tornado.preferredWidth - 3)).left
        let (tableTitle, tableRows) = table.splitTop(1)
        let rest = bottom.splitLeft(min(bottom.width, table.width + 3)).rest
        let (tornadoTitle, tornadoRows) = rest.splitTop(1)
        self.tableTitle = tableTitle
        self.table = tableRows
        self.tornadoTitle = tornadoTitle
        self.tornado = tornadoRows
    }
}
