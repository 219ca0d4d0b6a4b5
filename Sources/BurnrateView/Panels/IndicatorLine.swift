import BurnrateModel

/// One indicator on one row: its level symbol, a short label, and its value right-aligned in
/// the level's colour when it is at risk.
struct IndicatorLine: Widget {
    let indicator: Indicator
    let figures: Figures
    let glyphs: Glyphs
    var usesFullName = false
    /// The same indicator in the scenario as loaded, when a what-if is active.
    var base: Indicator?

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        let badge = LevelBadge(level: indicator.level, isCompact: true, glyphs: glyphs)
        // Measured as it is written: `--ascii` spells "≤ 11.8 %" as "<= 11.8 %", a column wider.
        let value = canvas.isASCIIOnly ? ASCIIText.fold(figures.indicator(indicator)) : figures.indicator(indicator)
        canvas.put(String(badge.symbol), x: area.x, y: area.y, style: badge.style, clip: area)
        var valueEnd = area.maxX
        if let delta = Delta(indicator, base: base, figures: figures, glyphs: glyphs),
           area.width >= TextWidth.of(value) + TextWidth.of(delta.text) + 14 {
            valueEnd -= TextWidth.of(delta.text) + 1
            canvas.put(delta.text, x: area.maxX - TextWidth.of(delta.text), y: area.y, style: delta.style, clip: area)
        }
        let labelRoom = valueEnd - area.x - 2 - TextWidth.of(value) - 1
        canvas.put(Truncation.fit(usesFullName ? indicator.name : IndicatorLabels.short(indicator), in: labelRoom, ellipsis: glyphs.ellipsis),
                   x: area.x + 2, y: area.y, clip: area)
        canvas.put(value, x: valueEnd - TextWidth.of(value), y: area.y,
                   style: badge.figureStyle, clip: area)
    }
}
