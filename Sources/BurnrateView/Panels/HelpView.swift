/// Every key of the dashboard and the views over it, from the keymap the footer and the
/// dispatch also use; then what each column of the panels holds.
enum HelpView {
    /// The modes of the dashboard's screen, in the order help lists them.
    static let modes: [KeyMode] = [.dashboard, .explain, .whatIf, .whatIfValue, .compare, .palette, .filter, .savePath, .saveOverwrite]

    static func paragraph(_ keymap: Keymap) -> Paragraph {
        let shown = modes.map { mode in keymap[mode].bindings.filter { $0.inHelp && !$0.keys.isEmpty } }
        let width = shown.joined().map { TextWidth.of($0.keyNames) }.max() ?? 0
        var spans: [Paragraph.Span] = []
        func row(_ keys: String, _ help: String) {
            spans.append(Paragraph.Span(keys + String(repeating: " ", count: max(0, width - TextWidth.of(keys)) + 2),
                                        style: Style(.accent, [.bold])))
            spans.append(Paragraph.Span(help + "\n"))
        }
        for (mode, bindings) in zip(modes, shown) where !bindings.isEmpty {
            if mode != .dashboard { spans.append(Paragraph.Span("\n" + mode.title + "\n", style: Style(.title, [.bold]))) }
            for binding in bindings { row(binding.keyNames, binding.help) }
            if mode == .dashboard { row("mouse click", "focus a panel, select a row") }
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
