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
        canvas.render(LeagueTable(league: league, width: area.width, glyphs: glyphs), in: area)
    }
}
