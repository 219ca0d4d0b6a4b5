/// The bottom row: the keys that matter now, and the latest message.
struct FooterBar: Widget {
    let state: AppState

    func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        canvas.fill(area, style: Style(.muted, on: .selection))
        var x = area.x + 1
        if let panel = state.editingFilter {
            x = canvas.put("/" + (state.filters[panel] ?? ""), x: x, y: area.y, style: Style(.text, on: .selection, [.bold]), clip: area)
            x = canvas.put(String(state.glyphs.textCursor) + "  ", x: x, y: area.y, style: Style(.accent, on: .selection, [.bold]), clip: area)
        }
        for help in hints {
            guard x + TextWidth.of(help.keys) + TextWidth.of(help.action) + 3 < area.maxX else { break }
            x = canvas.put(help.keys, x: x, y: area.y, style: Style(.accent, on: .selection, [.bold]))
            x = canvas.put(" " + help.action + "  ", x: x, y: area.y, style: Style(.muted, on: .selection))
        }
        if let message = state.message {
            let shown = Truncation.fit(message, in: max(0, area.maxX - x - 1), ellipsis: state.glyphs.ellipsis)
            canvas.put(shown, x: area.maxX - 1 - TextWidth.of(shown), y: area.y, style: Style(.text, on: .selection, [.bold]))
        }
    }

    private var hints: [(keys: String, action: String)] {
        if state.palette != nil { return [("Enter", "run"), ("↑↓", "choose"), ("Esc", "close")] }
        if state.editingFilter != nil { return [("Enter", "keep filter"), ("Esc", "clear"), ("↑↓", "select")] }
        return switch state.overlay {
        case .help: [("any key", "close")]
        case .explain: [("Esc", "close"), ("↑↓", "previous / next figure"), ("q", "quit")]
        case nil where state.whatIfPanel != nil:
            [("↑↓", "input"), ("←→", "change"), ("Enter", "type"), ("r", "reset"), ("w", "close"), ("q", "quit")]
        case nil: [("Tab", "panel"), ("↑↓", "select"), ("Enter", "explain"), (":", "commands"), ("/", "filter"), ("z", "zoom"),
                   ("w", "what-if"), ("space", "play"), ("t", "theme"), ("?", "help"), ("q", "quit")]
        }
    }
}
