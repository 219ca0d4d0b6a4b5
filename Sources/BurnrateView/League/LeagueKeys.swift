import BurnrateModel

/// Keys of the open league table, by the `league` keys: scroll a row, a page, to the ends; Esc
/// closes. Other keys fall through, so themes, private mode, help and quit still work.
enum LeagueKeys {
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard let open = state.league.open, state.overlay == nil, state.whatIfPanel == nil else { return nil }
        var next = state
        let action = state.keymap[.league].action(for: key)
        if action == .back {
            next.league.open = nil
            return (next, .none)
        }
        guard let scroll = scrolled(action, from: open, in: state) else { return nil }
        next.league.open?.scroll = scroll
        return (next, .none)
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
        if let scroll = scrolled(action, from: open, in: state) { next.league.open?.scroll = scroll }
        return next
    }

    private static func scrolled(_ action: KeyAction?, from open: OpenLeague, in state: AppState) -> Int? {
        ScrolledBox.scrolled(action, from: open.scroll, limit: LeagueView.scrollLimit(state), in: CompareView.area(in: state.layout))
    }

    /// Opens the league table in place of the panels (closing the comparison and the simulation
    /// view), or closes it.
    static func toggle(_ state: AppState) -> AppState {
        var next = state
        if next.league.open != nil {
            next.league.open = nil
        } else {
            next.league.open = OpenLeague(builtIns: BuiltInScenarios.loaded().map(Analysis.init(scenario:)))
            next.compare.open = nil
            next.simulationView = nil
            next.overlay = nil
        }
        return next
    }
}
