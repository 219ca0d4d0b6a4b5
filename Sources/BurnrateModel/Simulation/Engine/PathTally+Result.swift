extension PathTally {
    /// What the paths counted so far found, for a run of `requestedPaths` under `seed`.
    func result(scenarioID: String, requestedPaths: Int, seed: UInt64, model: PathModel) -> SimulationResult {
        let zero = Quantiles(p5: 0, p25: 0, p50: 0, p75: 0, p95: 0)
        let count = Double(max(1, paths))
        let years = model.horizonYears.indices.map { index in
            let probability = Double(shortfalls[index]) / count
            return SimulatedYear(year: model.horizonYears[index], shortfallProbability: probability,
                                 standardError: (probability * (1 - probability) / count).squareRoot(),
                                 cash: cash[index].quantiles() ?? zero, deterministicCash: model.deterministicCash[index])
        }
        let driversYear = SimulationResult.driversYear(of: years)
        let yearIndex = years.firstIndex { $0.year == driversYear } ?? 0
        let drivers = model.inputs.indices.map { index in
            Driver(input: model.inputs[index].input, low: model.samplers[index].value(at: 0.1),
                   high: model.samplers[index].value(at: 0.9),
                   shortfallAtLow: Self.share(shortfalls(ofInput: index, high: false, byYear: yearIndex), of: paths(ofInput: index, high: false)),
                   shortfallAtHigh: Self.share(shortfalls(ofInput: index, high: true, byYear: yearIndex), of: paths(ofInput: index, high: true)))
        }
        // Largest swing first; equal swings keep the scenario's order.
        let ranked = drivers.indices.sorted { first, second in
            let a = abs(drivers[first].swing), b = abs(drivers[second].swing)
            return a != b ? a > b : first < second
        }.map { drivers[$0] }
        let lastYear = model.horizonYears.last ?? 0
        return SimulationResult(
            scenarioID: scenarioID, paths: paths, requestedPaths: requestedPaths, seed: seed, years: years,
            runwayYears: runway.quantiles() ?? zero, runwayCap: Double(lastYear + 1) - model.asOf,
            fundingGap: fundingGap.quantiles() ?? zero, drivers: ranked, driversYear: driversYear, inputs: model.inputs,
            quantileRelativeError: QuantileSketch.relativeError, quantileAbsoluteError: moneyResolution)
    }

    private static func share(_ part: Int, of whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}

extension PathTally {
    /// The result for a scenario without the burn figures a cash projection needs: no years, nothing drawn.
    static func withoutCash(scenarioID: String, paths: Int, seed: UInt64, model: PathModel) -> SimulationResult {
        let zero = Quantiles(p5: 0, p25: 0, p50: 0, p75: 0, p95: 0)
        return SimulationResult(scenarioID: scenarioID, paths: paths, requestedPaths: paths, seed: seed, years: [],
                                runwayYears: zero, runwayCap: 0, fundingGap: zero, drivers: [], driversYear: nil, inputs: model.inputs,
                                quantileRelativeError: QuantileSketch.relativeError, quantileAbsoluteError: 0)
    }
}
