/// What `/` keeps in a panel's table: the rows whose label contains every word of the filter,
/// ignoring case. A substring rather than a fuzzy match, so that a few letters narrow a short
/// list to what was meant ("ora" finds Oracle, not CoreWeave) and the rows stay in their order.
enum RowFilter {
    static func matches(_ filter: String, labels: [String]) -> Bool {
        let words = filter.lowercased().split(whereSeparator: \.isWhitespace)
        // Most frames have no filter: folding every label of every row for none was a third
        // of a what-if step's table work.
        guard !words.isEmpty else { return true }
        let folded = labels.map { $0.lowercased() }
        return words.allSatisfy { word in folded.contains { $0.contains(word) } }
    }

    /// Keys while a filter is being typed, by the `filter` keys: text edits it at once, Enter
    /// keeps it, Esc clears it; the selection keys move through the rows that match.
    static func handleKey(_ state: AppState, _ key: Key) -> (AppState, AppCommand)? {
        guard let panel = state.editingFilter else { return nil }
        var next = state
        next.message = nil
        switch state.keymap[.filter].action(for: key) {
        case .previousRow, .nextRow, .pageUp, .pageDown, .firstRow, .lastRow, .quit, .redraw:
            return nil
        case .confirm:
            next.editingFilter = nil
        case .back:
            setFilter(&next, of: panel, to: "")
            next.editingFilter = nil
        case let action:
            var text = state.filters[panel] ?? ""
            guard LineEditing.edit(&text, action: action, key: key) else { return (state, .none) }
            setFilter(&next, of: panel, to: text)
        }
        return (next, .none)
    }

    /// A new filter keeps the selected row selected while it still matches; otherwise the
    /// first match is selected, so Enter explains it. A header row, or a row below the list,
    /// stays selected when the filter is cleared or matches nothing.
    static func setFilter(_ state: inout AppState, of panel: PanelID, to text: String) {
        let before = state.shownRows(panel)
        let selection = state.selection[panel]
        state.filters[panel] = text.isEmpty ? nil : text
        let after = state.shownRows(panel)
        if let selection, before.indices.contains(selection), let kept = after.firstIndex(of: before[selection]) {
            state.selection[panel] = kept
        } else if !text.isEmpty, !after.isEmpty {
            state.selection[panel] = 0
        } else if let selection, selection < 0 || selection >= before.count {
            state.selection[panel] = selection < 0 ? selection : selection - before.count + after.count
        } else {
            state.selection[panel] = nil
        }
    }
}
