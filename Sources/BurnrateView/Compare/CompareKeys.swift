/// Keys of the open compare view, by the `compare` keys: scroll a row, a page, to the ends;
/// Esc closes (as does c, through `AppAction.toggleCompare`). Other keys fall through, so the
/// what-if panel, themes, help and quit still work while comparing.
enum CompareKeys {
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard let open = state.compare.open, state.overlay == nil, state.whatIfPanel == nil else { return nil }
        var next = state
        let action = state.keymap[.compare].action(for: key)
        if action == .back {
            next.compare.open = nil
            return (next, .none)
        }
        guard let scroll = ScrolledBox.scrolled(action, from: open.scroll, limit: CompareView.scrollLimit(state),
                                                  in: CompareView.area(in: state.layout)) else {
            return nil
        }
        next.compare.open?.scroll = scroll
        return (next, .none)
    }

    /// `c`: opens the comparison (with what `comparisonChoice` picks), or closes it.
    static func toggle(_ state: AppState) -> AppState {
        var next = state
        if next.compare.open != nil {
            next.compare.open = nil
        } else if let against = next.comparisonChoice {
            next.compare.open = OpenComparison(against: against)
            next.simulationView = nil
            next.league.open = nil
            next.overlay = nil
        } else {
            next.message = "nothing to compare with: start burnrate with --compare A B"
        }
        return next
    }
}
