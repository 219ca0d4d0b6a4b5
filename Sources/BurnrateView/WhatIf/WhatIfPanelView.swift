import BurnrateModel

/// The what-if panel, docked under the dashboard (or a slide) so every panel above stays in
/// view and follows each change: one row per knob with its value, changed knobs marked.
struct WhatIfPanelView: Widget {
    let model: ModelState
    let panel: WhatIfPanelState
    let glyphs: Glyphs
    /// The keys its hint line names.
    let keymap: Keymap
    /// What reset-what-if goes back to where the panel is hosted.
    var resetLabel = "reset all"

    /// Knobs side by side, as many columns of 44 as the width allows (up to three).
    static func columns(width: Int) -> Int { max(1, min(3, (width - 4) / 44)) }

    /// Rows the panel wants: its knobs in columns, a hint line and the border.
    static func rows(knobs: Int, width: Int) -> Int {
        let columns = columns(width: width)
        return (knobs + columns - 1) / columns + 3
    }

    /// Knobs in each column of a panel drawn in `area`.
    static func rowsPerColumn(in area: Rect) -> Int { max(1, area.height - 3) }

    func render(in area: Rect, on canvas: inout Canvas) {
        let scenario = model.shownBase
        let summary = model.summary.joined(separator: " · ")
        let block = Block(title: "What-if", rightTitle: summary.isEmpty ? "the scenario as loaded" : summary,
                          isFocused: true, glyphs: glyphs)
        canvas.render(block, in: area)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard inner.height >= 2 else { return }
        let (list, hintRow) = inner.splitBottom(1)
        let knobs = WhatIfKnob.all(for: scenario)
        let columns = Self.columns(width: area.width)
        let perColumn = Self.rowsPerColumn(in: area)
        let perPage = perColumn * columns
        let pages = (knobs.count + perPage - 1) / perPage
        let page = min(panel.selected / perPage, max(0, pages - 1))
        let columnWidth = list.width / columns
        for (offset, knob) in knobs.enumerated().dropFirst(page * perPage).prefix(perPage) {
            let slot = offset - page * perPage
            let row = Rect(x: list.x + (slot / perColumn) * columnWidth, y: list.y + slot % perColumn,
                           width: columnWidth - 1, height: 1)
            draw(knob, selected: offset == panel.selected, in: row, on: &canvas)
        }
        ScrollMarks(above: page * perPage, below: max(0, knobs.count - (page + 1) * perPage)).draw(below: inner, glyphs: glyphs, on: &canvas)
        drawHint(in: hintRow, knob: knobs[min(panel.selected, knobs.count - 1)], on: &canvas)
    }

    private func draw(_ knob: WhatIfKnob, selected: Bool, in row: Rect, on canvas: inout Canvas) {
        let whatIf = model.whatIf
        let applied = isApplied(knob)
        let changed = knob.isChanged(in: whatIf) || applied
        let value = selected && panel.typing != nil ? (panel.typing ?? "") + "▏"
            : applied ? "applied" : knob.value(in: whatIf, scenario: model.shownBase)
        let marker = changed ? "●" : " "
        canvas.put(marker, x: row.x, y: row.y, style: Style(.watch, [.bold]), clip: row)
        let valueWidth = min(row.width / 2, max(12, TextWidth.of(value)))
        let label = Truncation.fit(knob.label(in: model.shownBase), in: row.width - valueWidth - 3, ellipsis: glyphs.ellipsis)
        canvas.put(label, x: row.x + 2, y: row.y, style: changed ? Style(.text, [.bold]) : .plain, clip: row)
        canvas.put(value, x: row.maxX - TextWidth.of(value), y: row.y,
                   style: changed ? Style(.watch, [.bold]) : Style(.muted), clip: row)
        if selected { canvas.restyle(row) { $0.on(.selection) } }
    }

    private func isApplied(_ knob: WhatIfKnob) -> Bool {
        if case .preset(let id) = knob { model.presetIDs.contains(id) } else { false }
    }

    private func drawHint(in row: Rect, knob: WhatIfKnob, on canvas: inout Canvas) {
        let keys = keymap[panel.typing != nil ? .whatIfValue : .whatIf]
        let hint: [String]
        if panel.typing != nil {
            hint = ["type a value (as for --set \(knob.settingPath ?? "")=…)"] + keys.hints([([.confirm], "apply"), ([.back], "cancel")])
        } else if case .preset(let id) = knob {
            hint = [StressPreset.named(id)?.summary ?? ""]
                + keys.hints([isApplied(knob) ? ([.removePreset], "remove") : ([.confirm], model.presetIDs.isEmpty ? "apply" : "add")])
        } else {
            hint = keys.hints([([.previousRow, .nextRow], "pick"), ([.decrease, .increase], "change"), ([.confirm], "type a value"),
                          ([.resetWhatIf], resetLabel), ([.whatIfPanel], "close")])
        }
        canvas.put(Truncation.fit(hint.joined(separator: " · "), in: row.width, ellipsis: glyphs.ellipsis), x: row.x, y: row.y,
                   style: Style(.muted), clip: row)
    }
}
