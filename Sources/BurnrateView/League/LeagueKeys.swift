import BurnrateModel

/// Keys of the open league table, by the `league` keys: scroll a row, a page, to the ends; Esc
/// closes. Other keys fall through, so themes, private mode, help and quit still work.
enum LeagueKeys {
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        ViewsInPlaceOfPanels.scrollKeys(state, key, mode: .league, open: \.league.open, limit: LeagueView.scrollLimit)
    }

    /// The mouse over the open table (and no what-if panel): the wheel scrolls it as ↑↓ do; a
    /// click never reaches the panels hidden behind.
    static func click(_ state: AppState, button: MouseButton) -> AppState? {
        guard let open = state.league.open, state.whatIfPanel == nil else { return nil }
        let action: KeyAction? = switch button {
        case .scrollUp: .previousRow
        case .scrollDown: .nextRow
        case .left, .middle, .right: nil
        }
        var next = state
        if let scroll = ScrolledBox.scrolled(action, from: open.scroll, limit: LeagueView.scrollLimit(state),
                                             in: CompareView.area(in: state.layout)) {
            next.league.open?.scroll = scroll
        }
        return next
    }

    /// Opens the league table in place of the panels (closing the comparison and the simulation
    /// view), or closes it.
    static func toggle(_ state: AppState) -> AppState {
        var next = state
        if next.league.open != nil {
            next.league.open = nil
        } else {
            ViewsInPlaceOfPanels.closeAll(&next)
            next.league.open = OpenLeague(builtIns: BuiltInScenarios.loaded().map(Analysis.init(scenario:)))
        }
        return next
    }
}
