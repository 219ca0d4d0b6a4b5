/// The bottom row: the deck's title, a slide number being typed, and on the right whether
/// notes terminals follow, private mode, auto-advance, the slide number, the time since the start and the clock.
struct SlideFooter: Widget {
    let state: DeckState

    func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        var right = "\(state.index + 1)/\(state.slideCount)"
        if let clock = state.clock { right += "   " + Self.duration(state.elapsed) + "   " + clock.description }
        if state.isAutoAdvancing { right = "auto   " + right }
        if state.model.isPrivate { right = "private   " + right }
        if let notes = state.notesTerminals, notes > 0 { right = (notes == 1 ? "notes" : "notes \(notes)") + "   " + right }
        let rightX = area.maxX - 1 - TextWidth.of(right)
        canvas.put(right, x: rightX, y: area.y, style: Style(.text, [.bold]), clip: area)
        let left = Rect(x: area.x + 1, y: area.y, width: max(0, rightX - area.x - 3), height: 1)
        if let jump = state.jump {
            let hints = state.keymap[.slideNumber].hints.map { "\($0.keys) \($0.label)" }.joined(separator: ", ")
            canvas.put("go to slide: \(jump)_   " + hints, x: left.x, y: left.y, style: Style(.accent, [.bold]), clip: left)
        } else if let message = state.message {
            canvas.put(Truncation.fit(message, in: left.width, ellipsis: state.glyphs.ellipsis), x: left.x, y: left.y,
                       style: Style(.watch, [.bold]), clip: left)
        } else {
            let title = Truncation.fit("burnrate · " + state.deck.title, in: left.width, ellipsis: state.glyphs.ellipsis)
            canvas.put(title, x: left.x, y: left.y, style: Style(.muted), clip: left)
        }
    }

    /// Minutes and seconds, with hours once there are any: "4:05", "1:02:09".
    static func duration(_ seconds: Double) -> String {
        let total = Int(max(0, seconds))
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        return hours > 0 ? "\(hours):\(pad(minutes)):\(pad(rest))" : "\(minutes):\(pad(rest))"
    }
}

/// How far the shown slide is through its time under auto-advance: a bar and "0:12 / 0:45".
struct SlideProgress: Widget {
    let state: DeckState

    func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let shown = state.slideSeconds * state.slideProgress
        let label = " " + SlideFooter.duration(shown) + " / " + SlideFooter.duration(state.slideSeconds)
        let (bar, text) = area.splitLeft(area.width - TextWidth.of(label))
        canvas.render(HorizontalBar(value: state.slideProgress, maximum: 1, style: Style(.accent), showsTrack: true,
                                    glyphs: state.glyphs), in: bar)
        canvas.put(label, x: text.x, y: text.y, style: Style(.muted), clip: text)
    }
}
