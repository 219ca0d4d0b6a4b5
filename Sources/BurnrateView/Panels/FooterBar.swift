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
        // A message (a saved file's path) keeps up to two thirds of the row, less what `?` and `q`
        // need; the hints have the rest.
        let hints = hints
        let kept = Self.width(of: hints.filter(Self.isKept))
        let reserved = state.message.map { min(TextWidth.of($0) + 2, area.width * 2 / 3, max(0, area.maxX - x - kept - 1)) } ?? 0
        for help in Self.fitting(hints, in: area.maxX - reserved - x - 1) {
            x = canvas.put(help.keys, x: x, y: area.y, style: Style(.accent, on: .selection, [.bold]), clip: area)
            x = canvas.put(" " + help.label + "  ", x: x, y: area.y, style: Style(.muted, on: .selection), clip: area)
        }
        if let message = state.message {
            let shown = Truncation.fit(message, in: max(0, area.maxX - x - 1), ellipsis: state.glyphs.ellipsis)
            canvas.put(shown, x: area.maxX - 1 - TextWidth.of(shown), y: area.y, style: Style(.text, on: .selection, [.bold]))
        }
    }

    /// Help and quit are kept on every screen; the other hints give way, from the right.
    private static func isKept(_ hint: KeyHint) -> Bool { hint.actions.contains(.help) || hint.actions.contains(.quit) }

    private static func width(of hints: [KeyHint]) -> Int {
        hints.reduce(0) { $0 + TextWidth.of($1.keys) + TextWidth.of($1.label) + 3 }
    }

    /// The hints that fit in `room` columns, in their order: help and quit first claim their
    /// room, then the others from the left while they fit.
    static func fitting(_ hints: [KeyHint], in room: Int) -> [KeyHint] {
        var left = room - width(of: hints.filter(isKept))
        return hints.filter { hint in
            if isKept(hint) { return true }
            let needed = width(of: [hint])
            guard needed <= left else {
                left = -1
                return false
            }
            left -= needed
            return true
        }
    }

    /// The hints of the mode the keys are in, from its keymap.
    private var hints: [KeyHint] {
        if state.palette != nil { return state.keymap[.palette].hints }
        if state.editingFilter != nil { return state.keymap[.filter].hints }
        return switch state.overlay {
        case .help: [KeyHint(keys: "any key", label: "close")]
        case .explain: state.keymap[.explain].hints
        case .alerts: state.keymap[.dashboard].keyLabels(.back).map { [KeyHint(keys: $0, label: "close")] } ?? []
        case nil where state.whatIfPanel != nil: state.keymap[.whatIf].hints
        case nil where state.compare.open != nil: state.keymap[.compare].hints
        case nil where state.simulationView != nil: state.keymap[.simulation].hints
        case nil where state.league.open != nil: state.keymap[.league].hints
        case nil: state.keymap[.dashboard].hints
        }
    }
}
