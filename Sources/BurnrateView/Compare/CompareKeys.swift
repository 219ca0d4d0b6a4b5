/// Keys of the open compare view, by the `compare` keys: scroll a row, a page, to the ends;
/// Esc closes (as does c, through `AppAction.toggleCompare`). Other keys fall through, so the
/// what-if panel, themes, help and quit still work while comparing.
enum CompareKeys {
    static func handle(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        ViewsInPlaceOfPanels.scrollKeys(state, key, mode: .compare, open: \.compare.open, limit: CompareView.scrollLimit)
    }

    /// `c`: opens the comparison (with what `comparisonChoice` picks), or closes it.
    static func toggle(_ state: AppState) -> AppState {
        var next = state
        if next.compare.open != nil {
            next.compare.open = nil
        } else if let against = next.comparisonChoice {
            ViewsInPlaceOfPanels.closeAll(&next)
            next.compare.open = OpenComparison(against: against)
        } else {
            next.message = "nothing to compare with: start burnrate with --compare A B"
        }
        return next
    }
}
