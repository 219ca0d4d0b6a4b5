import BurnrateModel

/// The simulation drawn instead of the three panels (`u`): the fan chart of year-end cash, the
/// shortfall probability by year with its standard error, and the tornado of the drivers,
/// with the run's progress while it refines and its paths and seed once done.
struct SimulationView: Widget {
    let simulation: SimulationRun
    let isProvisional: Bool
    let isCurrent: Bool
    let hasUncertainty: Bool
    let selection: SimulatedFigure?
    let figures: Figures
    let glyphs: Glyphs
    /// The view `u` opens has the keys; a layout preset's cell of it only shows.
    let isFocused: Bool

    /// Nil when the simulation view is closed.
    init?(state: AppState) {
        guard let view = state.simulationView else { return nil }
        self.init(cellOf: state, selection: view.selection, isFocused: true)
    }

    /// The simulation in a layout preset's cell, beside the panels.
    init(cellOf state: AppState, selection: SimulatedFigure? = nil, isFocused: Bool = false) {
        simulation = state.simulation
        isProvisional = state.simulation.isProvisional(for: state.model)
        isCurrent = state.simulation.isCurrent(for: state.model)
        hasUncertainty = !state.scenario.uncertainty.isEmpty
        self.selection = selection
        figures = Figures(state.scenario)
        glyphs = state.glyphs
        self.isFocused = isFocused
    }

    func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.bounds)
        canvas.fill(area)
        let result = simulation.result
        let title = result?.horizon.map { "Simulation  " + SimulationText.question(by: $0.year) + " " + SimulationText.headline($0) }
            ?? "Simulation"
        canvas.render(Block(title: title, rightTitle: result.map(SimulationText.paths) ?? "", isFocused: isFocused, glyphs: glyphs), in: area)
        let inner = Block().inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        guard let result, !result.years.isEmpty else {
            canvas.put(SimulationText.longestFitting(waiting, in: inner.width, ellipsis: glyphs.ellipsis), x: inner.x, y: inner.y,
                       style: Style(.muted), clip: inner)
            return
        }
        let table = ShortfallTable(years: result.years, figures: figures, selectedYear: selectedYear, glyphs: glyphs)
        let layout = SimulationLayout(inner: inner, years: result.years.count, drivers: result.drivers.count,
                                      tableWidth: table.width(fitting:))
        SimulationStatus(result: result, isProvisional: isProvisional, isCurrent: isCurrent, hasUncertainty: hasUncertainty,
                         glyphs: glyphs).render(in: layout.status, on: &canvas)
        let fan = FanChart(years: result.years, figures: figures, selectedYear: selectedYear, glyphs: glyphs)
        drawTitle("Year-end cash across the paths", legend: fan.legend(), in: layout.chartTitle, on: &canvas)
        fan.render(in: layout.chart, on: &canvas)
        drawTitle("Shortfall by year", legend: nil, in: layout.tableTitle, on: &canvas)
        table.render(in: layout.table, on: &canvas)
        guard let decisive = result.driversAt else { return }
        let tornado = Tornado(drivers: Array(result.drivers.prefix(SimulationLayout.maximumDrivers)),
                              labels: Dictionary(result.inputs.map { ($0.input, $0.label) }) { first, _ in first },
                              overall: decisive.shortfallProbability, selected: selectedDriver, glyphs: glyphs)
        drawTitle("What moves " + SimulationText.question(by: decisive.year), legend: nil, in: layout.tornadoTitle, on: &canvas)
        if result.drivers.isEmpty {
            canvas.put("no uncertain inputs: every path is the projection", x: layout.tornado.x, y: layout.tornado.y,
                       style: Style(.muted), clip: layout.tornado)
            return
        }
        tornado.render(in: layout.tornado, on: &canvas)
        // The legend goes under the bars when all of them fit above it.
        if layout.tornado.height >= tornado.drivers.count + 2 {
            tornado.legend.render(in: Rect(x: layout.tornado.x, y: layout.tornado.y + tornado.drivers.count + 1, width: layout.tornado.width,
                                           height: 1), on: &canvas)
        }
    }

    private var waiting: [String] {
        hasUncertainty ? ["Simulating: the first answer comes after a few thousand paths", "Simulating…"]
            : ["Simulating: this scenario has no uncertainty section, so every path is the projection",
               "Simulating: no uncertainty section, every path is the projection", "Simulating…"]
    }

    private var selectedYear: Int? {
        if case .year(let year)? = selection { year } else { nil }
    }

    private var selectedDriver: UncertainInput? {
        if case .driver(let input)? = selection { input } else { nil }
    }

    /// A section's title on the left, its legend (whole items only) on the right when it fits.
    private func drawTitle(_ title: String, legend: Legend?, in area: Rect, on canvas: inout Canvas) {
        let end = canvas.put(Truncation.fit(title, in: area.width, ellipsis: glyphs.ellipsis), x: area.x, y: area.y,
                             style: Style(.title, [.bold]), clip: area)
        guard let legend, legend.width <= area.maxX - end - 2 else { return }
        legend.render(in: Rect(x: area.maxX - legend.width, y: area.y, width: legend.width, height: 1), on: &canvas)
    }
}

/// The row above the chart: a bar of the paths run so far while a run refines, what the
/// figures are of when they belong to the scenario before a what-if, and the paths, seed and
/// quantiles' error once done.
struct SimulationStatus: Widget {
    let result: SimulationResult
    let isProvisional: Bool
    let isCurrent: Bool
    let hasUncertainty: Bool
    let glyphs: Glyphs

    func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        if !isCurrent {
            let notice = ["what-if changed: a new run has started; until it answers, these are the last run's figures",
                          "what-if changed: the last run's figures until the new run answers", "what-if changed: new run started"]
            canvas.put(SimulationText.longestFitting(notice, in: area.width, ellipsis: glyphs.ellipsis),
                       x: area.x, y: area.y, style: Style(.watch, [.bold]), clip: area)
            return
        }
        if isProvisional {
            let text = " \(SimulationText.paths(of: result)), provisional"
            let bar = Rect(x: area.x, y: area.y, width: min(30, max(0, area.width - TextWidth.of(text))), height: 1)
            HorizontalBar(value: Double(result.paths), maximum: Double(max(1, result.requestedPaths)), style: Style(.accent),
                          showsTrack: true, glyphs: glyphs).render(in: bar, on: &canvas)
            canvas.put(text, x: bar.maxX, y: area.y, style: Style(.text, [.bold]), clip: area)
            return
        }
        var parts = ["\(FigureFormat.count(result.paths)) paths", "seed \(result.seed)",
                     "quantiles within \(FigureFormat.percent(result.quantileRelativeError))"]
        if !hasUncertainty { parts.append("no uncertainty section: every path is the projection") }
        var x = area.x
        for (index, part) in parts.enumerated() {
            let text = (index > 0 ? "  ·  " : "") + part
            guard x + TextWidth.of(text) <= area.maxX else { break }
            x = canvas.put(text, x: x, y: area.y, style: Style(.muted), clip: area)
        }
    }
}
