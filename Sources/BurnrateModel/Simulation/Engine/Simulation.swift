/// The Monte Carlo simulation of a scenario's uncertain inputs (`Scenario.uncertainty`): many
/// paths, each the projection under one draw of every input (the rules are `Uncertainty`'s),
/// counted into shortfall probabilities, cash quantiles, runway and funding gap, and drivers.
///
/// The result depends only on the scenario, the seed and the number of paths: path p draws
/// from `PathRandom(seed:path: p)`, and paths are counted, never kept, so the threads, the
/// chunks and the reports leave no trace in it, and memory does not grow with the paths.
public enum Simulation {
    /// Runs `options.paths` paths; nil when `isCancelled` turned true first (it is asked every
    /// millisecond or so, on the caller's thread). `progress` gets, on the caller's thread, a
    /// partial result after `options.firstReport` paths, then after twice as many, and so on
    /// (at most 2^20 paths apart): each is the result of the paths below its count, as
    /// deterministic as the final one, which is returned rather than reported.
    public static func run(_ scenario: Scenario, options: SimulationOptions, isCancelled: () -> Bool = { false },
                           progress: (SimulationResult) -> Void = { _ in }) -> SimulationResult? {
        let model = PathModel(scenario: scenario)
        let paths = max(1, options.paths)
        var total = model.emptyTally()
        func result() -> SimulationResult {
            total.result(scenarioID: scenario.id, requestedPaths: paths, seed: options.seed, model: model).maskedIfHidden
        }
        guard model.hasCash else { return PathTally.withoutCash(scenarioID: scenario.id, paths: paths, seed: options.seed, model: model) }
        // A tally a thread: a century-long horizon holds the threads to what 64 MB of tallies allows.
        let affordable = max(1, (64 << 20) / PathTally.bytes(years: model.horizonYears.count))
        let threads = max(1, min(options.threads, maximumThreads, affordable))
        let workers = PathWorkers(model: model, seed: options.seed, threads: threads, lowPriority: options.lowPriority)
        var done = 0
        var end = min(paths, max(1, options.firstReport))
        while true {
            guard workers.run(done..<end, into: &total, isCancelled: isCancelled) else { return nil }
            done = end
            if done == paths { return result() }
            progress(result())
            if isCancelled() { return nil }
            end = min(paths, done + min(done, 1 << 20))
        }
    }

    /// More threads than this only cost memory (a tally each).
    public static let maximumThreads = 64
}
