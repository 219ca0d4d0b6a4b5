/// The views that take the panels' place (the comparison, the simulation view, the league
/// table): one at a time, each scrolled or closed by the same keys of its own mode.
enum ViewsInPlaceOfPanels {
    /// Closes whichever of them is open, and any overlay, so that another can open.
    static func closeAll(_ state: inout AppState) {
        state.compare.open = nil
        state.simulationView = nil
        state.league.open = nil
        state.overlay = nil
    }

    /// Keys of such a view shown in a scrolled box, by the keys of `mode`: Esc closes it, the
    /// selection keys scroll it up to `limit`; other keys fall through (nil), and so do all keys
    /// while an overlay or the what-if panel is over it.
    static func scrollKeys<Open: ScrollsByRows>(_ state: AppState, _ key: Key, mode: KeyMode, open: WritableKeyPath<AppState, Open?>,
                                                limit: (AppState) -> Int) -> (AppState, AppCommand)? {
        guard let shown = state[keyPath: open], state.overlay == nil, state.whatIfPanel == nil else { return nil }
        var next = state
        let action = state.keymap[mode].action(for: key)
        if action == .back {
            next[keyPath: open] = nil
            return (next, .none)
        }
        guard let scroll = ScrolledBox.scrolled(action, from: shown.scroll, limit: limit(state),
                                                in: CompareView.area(in: state.layout)) else {
            return nil
        }
        next[keyPath: open]?.scroll = scroll
        return (next, .none)
    }
}

/// An open view that scrolls by rows.
protocol ScrollsByRows {
    var scroll: Int { get set }
}
