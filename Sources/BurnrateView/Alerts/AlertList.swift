/// The session's alerts as `!` lists them, newest first: the time, what crossed, what caused it.
enum AlertList {
    static func paragraph(_ alerts: AlertsState, glyphs: Glyphs) -> Paragraph {
        guard !alerts.session.isEmpty else {
            return Paragraph("No alerts yet this session. One comes when an indicator crosses a threshold of the "
                + "scenario's risk policy, either way: after a what-if, a year of playback or a reload.", style: Style(.muted))
        }
        var spans: [Paragraph.Span] = []
        for alert in alerts.session.reversed() {
            let badge = LevelBadge(level: alert.crossing.to, glyphs: glyphs)
            spans.append(Paragraph.Span(alert.clock + "  ", style: Style(.muted)))
            spans.append(Paragraph.Span(String(badge.symbol) + " " + alert.summary + "\n", style: badge.style))
            spans.append(Paragraph.Span("          " + alert.cause + "\n", style: Style(.text)))
        }
        return Paragraph(spans)
    }
}
