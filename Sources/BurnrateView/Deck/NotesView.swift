/// Draws the notes terminal: the slide's number and title, its notes in a column wide enough
/// to read at a glance, the next slide's title, and the slide's time against its budget.
/// Before a presenter is found it says what it waits for; after one ends it says so over the
/// last slide's notes.
public enum NotesView {
    /// Wider lines are hard to read at a glance.
    static let maximumTextWidth = 90

    public static func render(_ state: NotesState) -> Canvas {
        var canvas = Canvas(width: state.width, height: state.height)
        canvas.isASCIIOnly = state.glyphs == .ascii
        let area = canvas.bounds.inset(horizontal: 2, vertical: 1)
        guard !area.isEmpty else { return canvas }
        guard let message = state.message else {
            let waiting = "waiting for `burnrate present \(state.deckName)`\(state.glyphs.ellipsis)"
            canvas.render(CenteredText(text: waiting, style: Style(.muted)),
                          in: Rect(x: area.x, y: area.y + area.height / 2, width: area.width, height: 2).intersection(area))
            return canvas
        }
        let (header, belowHeader) = area.splitTop(2)
        drawHeader(message, state: state, in: header, on: &canvas)
        let (body, footer) = belowHeader.splitBottom(min(belowHeader.height, 4))
        let width = min(body.width, maximumTextWidth)
        let column = Rect(x: body.x, y: body.y + 1, width: width, height: max(0, body.height - 1))
        let notes = message.notes.isEmpty ? Paragraph("(no notes for this slide)", style: Style(.muted))
                                          : Paragraph(message.notes, style: Style(.text, [.bold]))
        canvas.render(notes, in: column)
        drawFooter(message, state: state, in: footer, on: &canvas)
        return canvas
    }

    /// "3/12  Title" on the left and the talk's elapsed time on the right, a rule under them;
    /// once the presenter is gone, a notice in place of the time.
    private static func drawHeader(_ message: NotesMessage, state: NotesState, in area: Rect, on canvas: inout Canvas) {
        let ended = state.connection == .ended
        let right = ended ? " presentation ended \(state.glyphs == .ascii ? "-" : "—") waiting\(state.glyphs.ellipsis) "
                          : "talk " + SlideFooter.duration(state.talkElapsed)
        let rightX = max(area.x, area.maxX - TextWidth.of(right))
        canvas.put(right, x: rightX, y: area.y, style: ended ? Style(.watch, [.bold, .reverse]) : Style(.muted), clip: area)
        let left = Rect(x: area.x, y: area.y, width: max(0, rightX - area.x - 2), height: 1)
        let number = "\(message.index + 1)/\(message.count)  "
        canvas.put(number, x: left.x, y: left.y, style: Style(.accent, [.bold]), clip: left)
        let title = Truncation.fit(message.title, in: max(0, left.width - TextWidth.of(number)), ellipsis: state.glyphs.ellipsis)
        canvas.put(title, x: left.x + TextWidth.of(number), y: left.y, style: Style(.title, [.bold]), clip: left)
        canvas.put(String(repeating: state.glyphs.border.horizontal, count: area.width), x: area.x, y: area.y + 1,
                   style: Style(.border), clip: area)
    }

    /// The next slide's title, then the slide's time as a bar against its budget.
    private static func drawFooter(_ message: NotesMessage, state: NotesState, in area: Rect, on canvas: inout Canvas) {
        guard area.height >= 2 else { return }
        let next = message.nextTitle.map { "next: " + $0 } ?? "last slide"
        canvas.put(Truncation.fit(next, in: area.width, ellipsis: state.glyphs.ellipsis), x: area.x, y: area.maxY - 2,
                   style: Style(.accent), clip: area)
        let label = " slide " + SlideFooter.duration(state.slideElapsed) + " / " + SlideFooter.duration(message.budgetSeconds)
        let row = Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1)
        let (bar, text) = row.splitLeft(max(0, row.width - TextWidth.of(label)))
        let overBudget = state.slideElapsed > message.budgetSeconds
        canvas.render(HorizontalBar(value: state.slideProgress, maximum: 1, style: Style(overBudget ? .alert : .accent),
                                    showsTrack: true, glyphs: state.glyphs), in: bar)
        canvas.put(label, x: text.x, y: text.y, style: Style(overBudget ? .alert : .muted, overBudget ? [.bold] : []), clip: text)
    }
}
