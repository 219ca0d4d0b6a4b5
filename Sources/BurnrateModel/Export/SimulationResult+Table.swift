extension SimulationResult {
    /// One table: a row per year, one for the runway and one for the funding gap, then one per
    /// driver, largest swing first (its year: the one the drivers speak of); cells that do not
    /// apply to a row's kind are empty.
    public func csv() -> String {
        var lines = ["kind,id,label,year,shortfall_probability,standard_error,p5,p25,p50,p75,p95,low,high,shortfall_at_low,shortfall_at_high,swing"]
        let none = ["", "", "", "", ""]
        func quantileCells(_ quantiles: Quantiles) -> [String] {
            [quantiles.p5, quantiles.p25, quantiles.p50, quantiles.p75, quantiles.p95].map(ExportReport.number)
        }
        for year in years {
            lines.append(ExportReport.csvRow(["cash", "", "", String(year.year), ExportReport.number(year.shortfallProbability),
                                              ExportReport.number(year.standardError)] + quantileCells(year.cash) + none))
        }
        lines.append(ExportReport.csvRow(["runway_years", "", "", "", "", ""] + quantileCells(runwayYears) + none))
        lines.append(ExportReport.csvRow(["funding_gap", "", "", "", "", ""] + quantileCells(fundingGap) + none))
        for driver in drivers {
            lines.append(ExportReport.csvRow(["driver", driver.input.name, label(of: driver.input), driversYear.map(String.init) ?? "",
                                              "", "", "", "", "", "", ""]
                + [driver.low, driver.high, driver.shortfallAtLow, driver.shortfallAtHigh, driver.swing].map(ExportReport.number)))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Tables for a report: shortfall and cash by year, runway and funding gap, drivers.
    public func markdown(currency: String) -> String {
        let money = { (value: Double) in FigureFormat.money(value, currency: currency) }
        var text = "# Simulation of `\(ExportReport.cell(scenarioID))`\n\n"
        text += "\(FigureFormat.count(paths)) paths, seed \(seed). Quantiles within \(FigureFormat.percent(quantileRelativeError)) "
        text += "(a fixed-resolution sketch); ± is one standard error.\n"
        text += "\n## Cash by year end\n\n| Year | P(cash < 0 by then) | ± | P5 | P25 | Median | P75 | P95 | Projection |\n"
        text += "|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
        for year in years {
            text += "| \(year.year) | \(FigureFormat.probability(year.shortfallProbability)) | \(FigureFormat.standardError(year.standardError)) pts "
            text += "| " + [year.cash.p5, year.cash.p25, year.cash.p50, year.cash.p75, year.cash.p95].map(money).joined(separator: " | ")
            text += " | \(year.deterministicCash.map(money) ?? "—") |\n"
        }
        text += "\n## Runway and funding gap\n\n| Figure | P5 | P25 | Median | P75 | P95 |\n|---|---:|---:|---:|---:|---:|\n"
        text += "| Runway (capped at \(FigureFormat.years(runwayCap))) | "
        text += [runwayYears.p5, runwayYears.p25, runwayYears.p50, runwayYears.p75, runwayYears.p95].map(FigureFormat.years)
            .joined(separator: " | ") + " |\n"
        text += "| Funding gap | " + [fundingGap.p5, fundingGap.p25, fundingGap.p50, fundingGap.p75, fundingGap.p95].map(money)
            .joined(separator: " | ") + " |\n"
        text += "\n## Drivers\n\n"
        guard !drivers.isEmpty else { return text + "No uncertain inputs: every path is the projection.\n" }
        let horizon = driversYear.map { " by the end of \($0)" } ?? ""
        text += "P(cash < 0\(horizon)) among the paths that drew each input in its lowest tenth and in its highest.\n"
        text += "\n| Input | Low (P10) | High (P90) | P(short) at low | P(short) at high | Swing |\n|---|---:|---:|---:|---:|---:|\n"
        for driver in drivers {
            let ends = [driver.low, driver.high].map { FigureFormat.decimal($0, places: 2, trimmingZeros: true) }
            text += "| \(ExportReport.cell(label(of: driver.input))) | \(ends[0]) | \(ends[1]) "
            text += "| \(FigureFormat.fraction(driver.shortfallAtLow)) | \(FigureFormat.fraction(driver.shortfallAtHigh)) "
            text += "| \(FigureFormat.percent(driver.swing, signed: true)) |\n"
        }
        return text
    }
}
