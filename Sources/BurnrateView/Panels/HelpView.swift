/// Every key of the dashboard, from the one list the footer also draws on; then what each
/// column of the panels holds.
enum HelpView {
    static func paragraph() -> Paragraph {
        let width = KeyHelp.dashboard.map { TextWidth.of($0.keys) }.max() ?? 0
        var spans: [Paragraph.Span] = []
        for help in KeyHelp.dashboard {
            spans.append(Paragraph.Span(help.keys + String(repeating: " ", count: width - TextWidth.of(help.keys) + 2),
                                        style: Style(.accent, [.bold])))
            spans.append(Paragraph.Span(help.action + "\n"))
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
