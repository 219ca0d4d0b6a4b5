import BurnrateModel

/// The top rows: what scenario this is and as of when, the round against its target, the
/// valuation, the composite risk level, the theme and the clock.
struct HeaderBar: Widget {
    let state: AppState

    func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let scenario = state.scenario
        let figures = Figures(scenario)
        let bar = Style(.title, on: .selection)
        canvas.fill(area.splitTop(1).top, style: bar)
        var x = canvas.put(" burnrate ", x: area.x, y: area.y, style: Style(.accent, on: .selection, [.bold]), clip: area)
        x = canvas.put(" \(scenario.title) ", x: x, y: area.y, style: bar.with(.bold), clip: area)
        canvas.put(" as of \(scenario.asOf)", x: x, y: area.y, style: Style(.muted, on: .selection), clip: area)

        var right = area.maxX
        if let clock = state.clock {
            right -= TextWidth.of(" \(clock) ")
            canvas.put(" \(clock) ", x: right, y: area.y, style: bar.with(.bold))
        }
        if let composite = state.analysis.indicator(IndicatorCatalogue.composite.id) {
            let badge = LevelBadge(level: composite.level, glyphs: glyphs)
            let text = " risk \(figures.indicator(composite)) \(badge.text) "
            right -= TextWidth.of(text)
            if right > x + 2 { canvas.put(text, x: right, y: area.y, style: badge.style.on(.selection)) }
        }
        if area.height >= 2 { drawRound(in: area.splitTop(1).rest.splitTop(1).top, figures: figures, on: &canvas) }
    }

    private var glyphs: Glyphs { state.glyphs }

    private func drawRound(in area: Rect, figures: Figures, on canvas: inout Canvas) {
        let round = state.scenario.round
        let committed = state.analysis.investors.compactMap(\.headline).reduce(0, +)
        var parts = [("round ", "\(figures.money(committed)) of \(figures.amount(round.target.value))")]
        if let coverage = state.analysis.indicator(IndicatorCatalogue.roundCoverage.id) {
            parts.append(("coverage ", figures.indicator(coverage)))
        }
        if let postMoney = round.postMoney {
            parts.append(("valuation ", figures.amount(postMoney.value)))
        }
        if let realisation = state.analysis.indicator(IndicatorCatalogue.roundRealisation.id) {
            parts.append(("realised ", figures.indicator(realisation)))
        }
        parts.append(("theme ", state.themeName))
        var x = area.x + 1
        for (label, value) in parts {
            x = canvas.put(label, x: x, y: area.y, style: Style(.muted), clip: area)
            x = canvas.put(value, x: x, y: area.y, style: Style(.text, [.bold]), clip: area)
            x = canvas.put("  ·  ", x: x, y: area.y, style: Style(.border), clip: area)
        }
    }
}
