/// Text pasted into the terminal goes into the prompt being typed, whole, as text: never as
/// keys, so a pasted "q" types a q and nothing in a paste presses Enter or Esc. The prompts
/// are those that take keys first (`DashboardUpdate.modalKeyHandlers`), in the same order:
/// the save path, the command palette's query, a panel's filter, a what-if value. Without a
/// prompt open, a paste does nothing.
enum Pasting {
    static func paste(_ text: String, into state: AppState) -> AppState {
        var next = state
        if let prompt = state.saving.prompt {
            guard prompt.stage == .typing else { return state }
            next.saving.prompt?.path += text
        } else if var palette = state.palette {
            palette.query += text
            palette.selected = 0
            next.palette = palette
        } else if let panel = state.editingFilter {
            RowFilter.setFilter(&next, of: panel, to: (state.filters[panel] ?? "") + text)
        } else if !pasteWhatIfValue(text, into: &next) {
            return state
        }
        next.message = nil
        return next
    }

    /// In a presentation only the what-if panel's value prompt takes text.
    static func paste(_ text: String, into state: DeckState) -> DeckState {
        var next = state
        guard pasteWhatIfValue(text, into: &next) else { return state }
        next.message = nil
        return next
    }

    private static func pasteWhatIfValue<Host: WhatIfHost>(_ text: String, into state: inout Host) -> Bool {
        guard let typed = state.whatIfPanel?.typing else { return false }
        state.whatIfPanel?.typing = typed + text
        return true
    }
}
