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
        // A message (a saved file's path) keeps up to two thirds of the row; the hints have the rest.
        let reserved = state.message.map { min(TextWidth.of($0) + 2, area.width * 2 / 3) } ?? 0
        for help in hints {
            guard x + TextWidth.of(help.keys) + TextWidth.of(help.action) + 3 < area.maxX - reserved else { break }
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
            [("↑↓", "input"), ("←→", "change"), ("Enter", "type"), ("r", "reset"), ("s", "save"), ("w", "close"), ("q", "quit")]
        case nil where state.compare.open != nil:
            [("↑↓ PgUp PgDn", "scroll"), ("c", "close compare"), ("w", "what-if"), ("?", "help"), ("q", "quit")]
        case nil: [("Tab", "panel"), ("↑↓", "select"), ("Enter", "explain"), (":", "commands"), ("/", "filter"), ("z", "zoom"),
                   ("w", "what-if"), ("c", "compare"), ("space", "play"), ("t", "theme"), ("?", "help"), ("q", "quit")]
        }
    }
}
