/// Every key of the dashboard, from the keymap the footer and the dispatch also use; then what
/// each column of the panels holds.
enum HelpView {
    static func paragraph(_ keymap: Keymap) -> Paragraph {
        let rows = keymap.helpRows(.dashboard) + [Keymap.clickHelp]
        let width = rows.map { TextWidth.of($0.keys) }.max() ?? 0
        var spans: [Paragraph.Span] = []
        for row in rows {
            spans.append(Paragraph.Span(row.keys + String(repeating: " ", count: width - TextWidth.of(row.keys) + 2),
                                        style: Style(.accent, [.bold])))
            spans.append(Paragraph.Span(row.text + "\n"))
        }
        spans.append(Paragraph.Span("\nLevels: ✓ ok  ! watch  ✗ alert  · no threshold. Bars: █ firm  ▒ non-cash  ░ up to / conditional.",
                                    style: Style(.muted)))
        spans += columnSpans()
        return Paragraph(spans)
    }

    private static func columnSpans() -> [Paragraph.Span] {
        [Paragraph.Span("\n\nColumns\n", style: Style(.title, [.bold]))] + ColumnHelp.spans(ColumnHelp.all)
    }
}
