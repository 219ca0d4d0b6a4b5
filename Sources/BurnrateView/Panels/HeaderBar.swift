import BurnrateModel

/// The top rows: what scenario this is and as of when, the simulation's headline probability,
/// the round against its target, the valuation, the composite risk level, the theme and the clock.
struct HeaderBar: Widget {
    let state: AppState
    /// The composite risk score at the timeline cursor's year, as the risk panel shows it.
    let composite: Indicator?

    func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let scenario = state.scenario
        let figures = Figures(scenario)
        let bar = Style(.title, on: .selection)
        let top = area.splitTop(1).top
        canvas.fill(top, style: bar)
        // The as-of date and the risk level stay at any width; the clock, the name and then the
        // title give way to them, the title first. With one row, the clock gives way to the
        // headline probability too.
        let asOf = " as of \(scenario.asOf)"
        let badge = composite.map { LevelBadge(level: $0.level, glyphs: glyphs) }
        let risk = composite.map { " risk \(figures.indicator($0)) \(badge?.text ?? "") " } ?? ""
        let headline = area.height < 2 ? headline : nil
        let headlineRoom = headline.map { $0.width(noted: false) + 14 } ?? 0
        var right = top.maxX
        if let clock = state.clock.map({ " \($0) " }), TextWidth.of(clock + risk + asOf) + headlineRoom < top.width {
            right -= TextWidth.of(clock)
            canvas.put(clock, x: right, y: top.y, style: bar.with(.bold), clip: top)
        }
        if let badge {
            right -= TextWidth.of(risk)
            canvas.put(risk, x: right, y: top.y, style: badge.style.on(.selection), clip: top)
        }
        // With one row, the headline probability comes before the title: a dozen columns of it
        // and the date keep their room.
        if let headline, headline.width(noted: false) + TextWidth.of(asOf) + 14 <= right - top.x {
            let noted = headline.width(noted: true) + TextWidth.of(asOf) + 14 <= right - top.x
            right -= headline.width(noted: noted) + 1
            headline.draw(noted: noted, x: right, y: top.y, on: .selection, clip: top, canvas: &canvas)
            right -= 1
        }
        let left = Rect(x: top.x, y: top.y, width: max(0, right - top.x - 1), height: 1)
        let name = " burnrate "
        var x = left.x
        if left.width >= TextWidth.of(name + asOf) + 12 {
            x = canvas.put(name, x: x, y: left.y, style: Style(.accent, on: .selection, [.bold]), clip: left)
        }
        // Whoever shares the screen must see that it hides figures before anything else.
        if state.model.isPrivate {
            x = canvas.put(PrivacyBadge.text, x: x, y: left.y, style: PrivacyBadge.style, clip: left)
        }
        // What the projection counts comes after the date, while the title keeps a dozen columns.
        let baseCase = "  base case: \(scenario.baseCase.summary)"
        let roomForTitle = left.maxX - x - TextWidth.of(asOf)
        let showsBaseCase = roomForTitle - TextWidth.of(baseCase) >= 12
        let title = Truncation.fit(" \(scenario.title) ", in: max(0, roomForTitle - (showsBaseCase ? TextWidth.of(baseCase) : 0)),
                                   ellipsis: glyphs.ellipsis)
        x = canvas.put(title, x: x, y: left.y, style: bar.with(.bold), clip: left)
        x = canvas.put(asOf, x: x, y: left.y, style: Style(.muted, on: .selection), clip: left)
        if showsBaseCase { canvas.put(baseCase, x: x, y: left.y, style: Style(.muted, on: .selection), clip: left) }
        if area.height >= 2 { drawRound(in: area.splitTop(1).rest.splitTop(1).top, figures: figures, on: &canvas) }
    }

    private var glyphs: Glyphs { state.glyphs }

    private func drawRound(in area: Rect, figures: Figures, on canvas: inout Canvas) {
        let round = state.scenario.round
        let committed = figures.bounded(state.analysis.committed, unit: .money)
        var parts = [("round ", "\(committed) of \(figures.amount(round.target.value))")]
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
        let strip = TimelineStrip(timeline: state.timeline, years: state.years, glyphs: glyphs)
        let stripWidth = TextWidth.of(strip.text)
        canvas.render(strip, in: Rect(x: area.maxX - stripWidth - 1, y: area.y, width: stripWidth, height: 1))
        let area = Rect(x: area.x, y: area.y, width: area.width - stripWidth - 3, height: 1)
        var x = area.x + 1
        if state.model.isAdjusted {
            let text = "WHAT-IF " + state.model.summary.joined(separator: ", ")
            x = canvas.put(text, x: x, y: area.y, style: Style(.watch, [.bold, .reverse]), clip: area)
            x = canvas.put("  ", x: x, y: area.y, clip: area)
        }
        let start = x
        if let headline, x + headline.width(noted: true) <= area.maxX {
            x = headline.draw(noted: true, x: x, y: area.y, on: .background, clip: area, canvas: &canvas)
        }
        for (label, value) in parts {
            let separator = x > start ? "  ·  " : ""
            guard x + TextWidth.of(separator + label + value) <= area.maxX else { break }
            x = canvas.put(separator, x: x, y: area.y, style: Style(.border), clip: area)
            x = canvas.put(label, x: x, y: area.y, style: Style(.muted), clip: area)
            x = canvas.put(value, x: x, y: area.y, style: Style(.text, [.bold]), clip: area)
        }
    }

    private var headline: Headline? {
        state.simulation.result?.horizon.map {
            Headline(year: $0, isProvisional: state.simulation.isProvisional(for: state.model), glyphs: glyphs)
        }
    }
}

/// "P(cash < 0 by 2030) 63 % ± 0.2", in the colour of its level, marked while the run is partial
/// or of the scenario before a what-if: followed by "refining" when `noted`, else by an ellipsis.
private struct Headline {
    let year: SimulatedYear
    let isProvisional: Bool
    let glyphs: Glyphs

    private var question: String { SimulationText.question(by: year.year) + " " }
    private var figure: String { SimulationText.headline(year) }
    private func note(_ noted: Bool) -> String { isProvisional ? noted ? " refining" : glyphs.ellipsis : "" }

    /// Measured as the canvas writes it: in ASCII "±" is "+/-".
    func width(noted: Bool) -> Int {
        let text = question + figure + note(noted)
        return TextWidth.of(glyphs == .ascii ? ASCIIText.fold(text) : text)
    }

    @discardableResult
    func draw(noted: Bool, x: Int, y: Int, on background: Role, clip: Rect, canvas: inout Canvas) -> Int {
        var x = canvas.put(question, x: x, y: y, style: Style(.muted, on: background), clip: clip)
        x = canvas.put(figure, x: x, y: y, style: Style(ShortfallTable.role(year.shortfallProbability), on: background, [.bold]), clip: clip)
        return canvas.put(note(noted), x: x, y: y, style: Style(.muted, on: background, [.italic]), clip: clip)
    }
}
