import BurnrateModel

/// The league table drawn instead of the three panels, scrolled by ↑↓ PgUp PgDn when it is
/// taller than the screen.
struct LeagueView: Widget {
    let table: LeagueTable
    let scroll: Int
    let glyphs: Glyphs

    /// Nil when the league table is closed.
    init?(state: AppState) {
        guard let league = state.shownLeague, let open = state.league.open else { return nil }
        let area = CompareView.area(in: state.layout)
        table = LeagueTable(league: league, width: ScrolledBox.inner(area).width, glyphs: state.glyphs)
        scroll = min(max(0, open.scroll), ScrolledBox.scrollLimit(contentHeight: table.height, in: area))
        glyphs = state.glyphs
    }

    /// How far the table can scroll in this state: rows that do not fit.
    static func scrollLimit(_ state: AppState) -> Int {
        guard let view = LeagueView(state: state) else { return 0 }
        return ScrolledBox.scrollLimit(contentHeight: view.table.height, in: CompareView.area(in: state.layout))
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let table = table
        let title = "League table: \(table.league.columns.count) scenarios"
        canvas.render(ScrolledBox(title: title, scroll: scroll, contentHeight: table.height, glyphs: glyphs) {
            table.render(in: $0.bounds, on: &$0)
        }, in: area)
    }
}
