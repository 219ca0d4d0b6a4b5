/// Keys of the open compare view, by the `compare` keys: scroll a row, a page, to the ends;
/// Esc closes (as does c, through `AppAction.toggleCompare`). Other keys fall through, so the
/// what-if panel, themes, help and quit still work while comparing.
enum CompareKeys {
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard let open = state.compare.open, state.overlay == nil, state.whatIfPanel == nil else { return nil }
        var next = state
        let page = max(1, CompareView.area(in: state.layout).height - 3)
        switch state.keymap[.compare].action(for: key) {
        case .back:
            next.compare.open = nil
            return (next, .none)
        case .previousRow: next.compare.open?.scroll = open.scroll - 1
        case .nextRow: next.compare.open?.scroll = open.scroll + 1
        case .pageUp: next.compare.open?.scroll = open.scroll - page
        case .pageDown: next.compare.open?.scroll = open.scroll + page
        case .firstRow: next.compare.open?.scroll = 0
        case .lastRow: next.compare.open?.scroll = Int.max
        default: return nil
        }
        let limit = CompareView.scrollLimit(next)
        let wanted = next.compare.open?.scroll ?? 0
        next.compare.open?.scroll = min(max(0, wanted), limit)
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
            next.overlay = nil
        } else {
            next.message = "nothing to compare with: start burnrate with --compare A B"
        }
        return next
    }
}
