import BurnrateModel

/// The league table on a slide: the deck's scenarios side by side, each as loaded (a slide's
/// what-if is the panels' business), the deck's own following its file.
struct LeagueSlide: Widget {
    let league: League
    let glyphs: Glyphs

    init(state: DeckState) {
        let deck = state.loaded.deck
        let analyses = deck.references(of: state.slide).compactMap { reference in
            reference == deck.scenario ? state.model.baseAnalysis : state.comparedAnalysis(reference)
        }
        league = League(analyses: analyses)
        glyphs = state.glyphs
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let table = LeagueTable(league: league, width: area.width, glyphs: glyphs)
        guard let cut = Self.cut(table, height: area.height) else {
            canvas.render(table, in: area)
            return
        }
        // A slide does not scroll: it shows the blocks of scenarios that fit whole, and says on
        // its last row what the room leaves out, so that part of a league never passes for all.
        let last = area.splitBottom(1).bottom
        canvas.render(table, in: area.splitTop(cut.shownHeight).top)
        canvas.put(Truncation.fit(cut.text, in: last.width, ellipsis: glyphs.ellipsis), x: last.x, y: last.y,
                   style: Style(.muted), clip: last)
    }

    /// What a table `height` rows high leaves out of the scenarios and indicators, a row kept for
    /// saying so, and the rows it draws (the blocks that fit whole, or the first one cut short);
    /// nil when every block fits, its notes aside.
    static func cut(_ table: LeagueTable, height: Int) -> (text: String, shownHeight: Int)? {
        let rows = table.league.rows.count
        let blockHeight = rows + 2
        guard table.blocks.count * blockHeight - 1 > height else { return nil }
        let room = height - 1
        let wholeBlocks = min(table.blocks.count, (room + 1) / blockHeight)
        let hiddenScenarios = table.blocks.dropFirst(max(1, wholeBlocks)).reduce(0) { $0 + $1.count }
        let hiddenIndicators = wholeBlocks == 0 ? rows - max(0, room - 1) : 0
        let parts = [hiddenScenarios > 0 ? "\(hiddenScenarios) scenario\(hiddenScenarios == 1 ? "" : "s")" : nil,
                     hiddenIndicators > 0 ? "\(hiddenIndicators) indicator\(hiddenIndicators == 1 ? "" : "s")" : nil]
            .compactMap { $0 }
        return ("Not shown for want of room: " + parts.joined(separator: " and ") + " (a slide's scenarios: [..] names fewer)",
                wholeBlocks > 0 ? wholeBlocks * blockHeight - 1 : room)
    }
}
