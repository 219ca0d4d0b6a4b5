import BurnrateModel

/// Explain on a figure of the simulation view: the figure, then how the run arrived at it (its
/// paths and seed, every input drawn with its distribution, basis and source, and the stated
/// error of the quantiles).
extension ExplanationWriter {
    func simulated(_ figure: SimulatedFigure, run: SimulationRun?) -> (String, [Paragraph.Span]) {
        guard let result = run?.result else { return ("Simulation", ["No simulation has answered yet.\n"]) }
        switch figure {
        case .year(let year):
            guard let simulated = result.years.first(where: { $0.year == year }) else {
                return ("Simulation \(year)", [Paragraph.Span("The simulation does not reach \(year).\n")])
            }
            return ("\(SimulationText.question(by: year)) and cash at the end of \(year)", self.year(simulated, result) + method(result))
        case .driver(let input):
            guard let driver = result.drivers.first(where: { $0.input == input }) else {
                return ("Simulation", [Paragraph.Span("\(input.name) no longer drives this simulation.\n")])
            }
            let name = result.inputs.first { $0.input == input }?.label ?? input.name
            return ("Driver: \(name)", self.driver(driver, result) + method(result))
        }
    }

    private func year(_ year: SimulatedYear, _ result: SimulationResult) -> [Paragraph.Span] {
        let cash = year.cash
        var spans: [Paragraph.Span] = [
            label(SimulationText.question(by: year.year)),
            Paragraph.Span(SimulationText.percent(year.shortfallProbability) + " " + SimulationText.standardError(year.standardError) + " pts\n",
                           style: Style(ShortfallTable.role(year.shortfallProbability), [.bold])),
            label("Counted"), Paragraph.Span("the share of paths whose cash was below zero at the end of \(year.year) or of an earlier "
                + "year; ± is its standard error, √(p (1 − p) / paths), in percentage points\n"),
            label("Cash at the end of \(year.year)"), Paragraph.Span(
                ["P5 \(figures.money(cash.p5))", "P25 \(figures.money(cash.p25))", "P50 \(figures.money(cash.p50))",
                 "P75 \(figures.money(cash.p75))", "P95 \(figures.money(cash.p95))"].joined(separator: "  ·  ") + "\n"),
        ]
        if let projected = year.deterministicCash {
            spans += [label("The projection"), Paragraph.Span("\(figures.money(projected)): the scenario's own path, with no draw\n")]
        }
        return spans
    }

    private func driver(_ driver: Driver, _ result: SimulationResult) -> [Paragraph.Span] {
        let decisive = result.driversAt
        let question = decisive.map { SimulationText.question(by: $0.year) } ?? "P(cash < 0)"
        let scale = InputScale(driver.input)
        var spans: [Paragraph.Span] = [label("Input"), Paragraph.Span(driver.input.name + "\n")]
        if let input = result.inputs.first(where: { $0.input == driver.input }) {
            spans += [label("Drawn from"), Paragraph.Span(input.distribution.value.text(scale) + "\n")]
        }
        spans += [
            label("Its P10 → P90"), Paragraph.Span(scale.span(driver.low, driver.high) + "\n"),
            label(question), Paragraph.Span(
                "\(SimulationText.percent(driver.shortfallAtLow)) among the paths that drew it in its lowest tenth, "
                + "\(SimulationText.percent(driver.shortfallAtHigh)) in its highest"
                + (decisive.map { ", \(SimulationText.percent($0.shortfallProbability)) over all paths" } ?? "") + "\n",
                style: Style(.text, [.bold])),
            label("Swing"), Paragraph.Span(SimulationText.points(driver.swing)
                + ": the drivers are ranked by its size\n"),
        ]
        if let decisive, decisive.year != result.horizon?.year {
            spans += [label("Why \(decisive.year)"), Paragraph.Span(
                "by the horizon nearly every path (or nearly none) is short of cash, which no input moves; "
                + "the drivers speak of the year whose chance is nearest even\n")]
        }
        return spans
    }

    /// Paths, seed, the inputs drawn, the quantiles' error.
    private func method(_ result: SimulationResult) -> [Paragraph.Span] {
        var spans: [Paragraph.Span] = [
            Paragraph.Span("\nHow it was computed\n", style: Style(.title, [.bold])),
            label("Paths"), Paragraph.Span(result.isComplete
                ? "\(FigureFormat.count(result.paths))\n"
                : "\(FigureFormat.count(result.paths)) of \(FigureFormat.count(result.requestedPaths)) so far: provisional\n"),
            label("Seed"), Paragraph.Span("\(result.seed): the same seed and inputs give the same figures on any number of threads\n"),
            label("Each path"), Paragraph.Span("draws every input below, applies the draws to the scenario (with its what-if) and "
                + "runs the projection year by year\n"),
            label("Quantiles"), Paragraph.Span("read from a sketch, within \(FigureFormat.percent(result.quantileRelativeError)) of the "
                + "paths' own (and \(figures.money(result.quantileAbsoluteError)) near zero)\n"),
            Paragraph.Span("\nInputs drawn\n", style: Style(.title, [.bold])),
        ]
        if result.inputs.isEmpty {
            spans.append("  none: the scenario has no uncertainty section, so every path is the projection\n")
        }
        for input in result.inputs {
            let distribution = input.distribution
            spans += [
                Paragraph.Span("  \(input.label): ", style: Style(.muted)),
                Paragraph.Span(distribution.value.text(InputScale(input.input))),
                Paragraph.Span("  (\(distribution.basis.rawValue))", style: basisStyle(distribution.basis)),
                Paragraph.Span(sourceTag(distribution.source, ownDate: distribution.date), style: Style(.accent)),
                "\n",
            ]
        }
        return spans + sourceList(result.inputs.map(\.distribution.source))
    }
}
