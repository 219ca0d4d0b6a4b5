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
        var spans = [Paragraph.Span("\n\nColumns\n", style: Style(.title, [.bold]))]
        for table in ColumnHelp.all {
            let width = table.columns.map { TextWidth.of($0.header) }.max() ?? 0
            spans.append(Paragraph.Span(table.table + "\n", style: Style(.muted, [.bold])))
            for column in table.columns {
                spans.append(Paragraph.Span("  " + column.header + String(repeating: " ", count: width - TextWidth.of(column.header) + 2),
                                            style: Style(.accent, [.bold])))
                spans.append(Paragraph.Span(column.meaning + "\n"))
            }
        }
        return spans
    }
}
