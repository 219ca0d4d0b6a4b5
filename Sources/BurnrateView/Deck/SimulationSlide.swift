import BurnrateModel

/// A simulation slide: the chance of a shortfall by the horizon in block letters (in its
/// level's colour), what it is and how it was worked out on a line under it, then the fan chart
/// of year-end cash beside the drivers (the drivers under the chart on a narrow screen, as many
/// as fit). Until the first answer, a line saying the run is under way.
struct SimulationSlide: Widget {
    let result: SimulationResult?
    let isProvisional: Bool
    let figures: Figures
    let glyphs: Glyphs

    init(state: DeckState) {
        result = state.simulation.isCurrent(for: state.model) ? state.simulation.result : nil
        isProvisional = state.simulation.isProvisional(for: state.model)
        figures = Figures(state.model.analysis.scenario)
        glyphs = state.glyphs
    }

    /// The tornado beside the chart from this width on, under it below.
    static let besideFrom = 90
    /// Drivers a slide shows at most: the few that matter to a room.
    static let drivers = 5

    /// What the block letters say: "89 %".
    static func figure(_ result: SimulationResult) -> String? {
        result.horizon.map { SimulationText.wholePercent($0.shortfallProbability) }
    }

    /// The line under the figure: "P(cash < 0 by 2030) ± 0.1 pts · 100,000 paths · seed 2026".
    static func subtitle(_ result: SimulationResult) -> String {
        guard let horizon = result.horizon else { return "" }
        let run = result.isComplete ? "\(SimulationText.paths(of: result)) · seed \(result.seed)"
            : "refining: \(SimulationText.paths(of: result))"
        return "\(SimulationText.question(by: horizon.year)) \(SimulationText.standardError(horizon.standardError)) pts · \(run)"
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        guard !area.isEmpty else { return }
        guard let result, let horizon = result.horizon, let figure = Self.figure(result) else {
            let waiting = CenteredText(text: "Simulating the scenario: the first answer comes after a few thousand paths",
                                       style: Style(.muted))
            canvas.render(waiting, in: Rect(x: area.x, y: area.y + area.height / 2, width: area.width, height: 2).intersection(area))
            return
        }
        let room = Rect(x: area.x, y: area.y, width: area.width, height: max(1, area.height / 3))
        let scale = BigText.scale(for: figure, fitting: room)
        let figureRows = scale.map { BigText.size(for: figure, scale: $0).height } ?? 1
        let style = Style(ShortfallTable.role(horizon.shortfallProbability), isProvisional ? [.bold, .italic] : [.bold])
        canvas.render(BigText(figure, style: style, alignment: .center, glyphs: glyphs),
                      in: Rect(x: area.x, y: area.y, width: area.width, height: figureRows))
        let (_, belowFigure) = area.splitTop(figureRows)
        let subtitle = CenteredText(text: Self.subtitle(result), style: Style(.muted))
        let subtitleRows = min(2, subtitle.lineCount(width: area.width))
        let (subtitleArea, rest) = belowFigure.splitTop(subtitleRows + 1)
        canvas.render(subtitle, in: subtitleArea.splitTop(subtitleRows).top)
        let drivers = Array(result.drivers.prefix(Self.drivers))
        let tornado = Tornado(drivers: drivers, labels: Dictionary(result.inputs.map { ($0.input, $0.label) }) { first, _ in first },
                              overall: (result.driversAt ?? horizon).shortfallProbability, selected: nil, glyphs: glyphs)
        let fan = FanChart(years: result.years, figures: figures, selectedYear: nil, glyphs: glyphs)
        let (chartPart, driverPart): (Rect, Rect)
        if rest.width >= Self.besideFrom {
            let (left, right) = rest.splitLeft(rest.width * 11 / 20)
            (chartPart, driverPart) = (left, right.splitLeft(min(3, right.width)).rest)
        } else {
            let driverRows = drivers.isEmpty ? 0 : min(drivers.count + 3, rest.height / 2)
            (chartPart, driverPart) = rest.splitBottom(driverRows)
        }
        let (legendRow, chart) = chartPart.splitTop(1)
        fan.legend().render(in: legendRow, on: &canvas)
        fan.render(in: chart, on: &canvas)
        guard !drivers.isEmpty, driverPart.height >= 4 else { return }
        let (title, bars) = driverPart.splitTop(1)
        canvas.put(Truncation.fit("What moves it", in: title.width, ellipsis: glyphs.ellipsis), x: title.x, y: title.y,
                   style: Style(.title, [.bold]), clip: title)
        let shown = min(drivers.count, bars.height - 2)
        tornado.render(in: bars.splitTop(shown + 1).top, on: &canvas)
        tornado.legend.render(in: Rect(x: bars.x, y: bars.y + shown + 1, width: bars.width, height: 1), on: &canvas)
    }
}
